package org.crmir.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        Client client = new Client(ClientKind.COMPANY, "Acme");
        Map<String, String> before = client.auditSnapshot();
        client.setName("Acme Ltd");
        client.setPaymentTermsDays(45);
        List<FieldChange> changes = FieldChanges.between(before, client.auditSnapshot());
        assertEquals(List.of(new FieldChange("name", "Acme", "Acme Ltd"),
                new FieldChange("paymentTermsDays", "30", "45")), changes);
    }

    @Test
    void aCreateListsEveryGivenField() {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("name", "Acme");
        after.put("email", null);
        List<FieldChange> changes = FieldChanges.between(Map.of(), after);
        assertEquals(List.of(new FieldChange("name", null, "Acme")), changes);
    }

    @Test
    void emptyAndMissingAreTheSame() {
        assertTrue(FieldChanges.between(Map.of("tags", ""), new LinkedHashMap<>()).isEmpty());
    }
}
