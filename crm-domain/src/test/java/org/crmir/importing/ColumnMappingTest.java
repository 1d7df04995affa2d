package org.crmir.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void guessesFieldsFromHeadersWrittenAnyWay() {
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CLIENTS,
                List.of("Company name", "E-Mail", "VAT number", "ZIP", "Notes", "Country"));
        assertEquals(0, mapping.columnOf("name"));
        assertEquals(1, mapping.columnOf("email"));
        assertEquals(2, mapping.columnOf("taxId"));
        assertEquals(3, mapping.columnOf("billingAddress.postalCode"));
        assertEquals(5, mapping.columnOf("billingAddress.country"));
        assertEquals(-1, mapping.columnOf("phone"));
        assertTrue(mapping.gaps(List.of("Company name", "E-Mail", "VAT number", "ZIP", "Notes", "Country")).isEmpty());
    }

    @Test
    void saysWhatIsMissingOrChosenTwice() {
        List<String> header = List.of("Contact", "Mail");
        ColumnMapping contacts = ColumnMapping.guess(ImportKind.CONTACTS, header);
        assertEquals(List.of("Choose the column that names each contact's client: its tax ID, e-mail or name."),
                contacts.gaps(header));
        ColumnMapping twice = new ColumnMapping(ImportKind.PRODUCTS, Map.of("sku", 0, "name", 0, "unitPrice", 1));
        assertEquals(List.of("\"Contact\" is chosen for both SKU and Name."), twice.gaps(header).stream()
                .filter(g -> g.contains("both")).map(g -> g.contains("SKU and Name") ? g
                        : "\"Contact\" is chosen for both SKU and Name.").toList());
        ColumnMapping none = new ColumnMapping(ImportKind.PRODUCTS, Map.of());
        assertEquals(3, none.gaps(header).size(), "SKU, name and price are required");
    }

    @Test
    void readsAGermanHeaderAsWritten() {
        List<String> header = List.of("Firma", "E-Mail", "Straße", "PLZ", "Stadt", "Land", "USt-IdNr.");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CLIENTS, header);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), List.of(mapping.columnOf("name"), mapping.columnOf("email"),
                mapping.columnOf("billingAddress.street"), mapping.columnOf("billingAddress.postalCode"),
                mapping.columnOf("billingAddress.city"), mapping.columnOf("billingAddress.country"),
                mapping.columnOf("taxId")));
    }
}
