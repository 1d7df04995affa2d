package org.crmir.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aNewClientIsActiveWithTrimmedNameAndLowerCaseEmail() {
        Client client = new Client(ClientKind.COMPANY, "  Acme GmbH ");
        client.setEmail(" Billing@ACME.example ");
        assertEquals("Acme GmbH", client.getName());
        assertEquals("billing@acme.example", client.getEmail());
        assertTrue(client.isActive());
    }

    @Test
    void archivingMovesToArchivedAndAgainIsRefused() {
        Client client = new Client(ClientKind.PERSON, "Jane Doe");
        client.archive(NOW);
        assertEquals(ClientStatus.ARCHIVED, client.getStatus());
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> client.archive(NOW));
        assertTrue(refused.getMessage().contains("archived"), refused.getMessage());
    }

    @Test
    void anArchivedClientCanBeReactivated() {
        Client client = new Client(ClientKind.PERSON, "Jane Doe");
        client.archive(NOW);
        client.reactivate(NOW);
        assertTrue(client.isActive());
        assertThrows(RuleViolationException.class, () -> client.reactivate(NOW));
    }

    @Test
    void currencyMustBeAnIsoCode() {
        Client client = new Client(ClientKind.COMPANY, "Acme");
        client.setCurrency("usd");
        assertEquals("USD", client.getCurrency());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> client.setCurrency("XYZ"));
        assertEquals("currency", refused.getField());
        assertEquals("USD", client.getCurrency());
    }

    @Test
    void tagsAreNormalisedAndBounded() {
        Client client = new Client(ClientKind.COMPANY, "Acme");
        client.setTags(new LinkedHashSet<>(List.of(" VIP ", "vip", "Retail", "")));
        assertEquals(Set.of("vip", "retail"), client.getTags());
        Set<String> tooMany = IntStream.range(0, Client.MAX_TAGS + 1).mapToObj(i -> "t" + i).collect(Collectors.toSet());
        assertThrows(InvalidInputException.class, () -> client.setTags(tooMany));
    }

    @Test
    void updateTakesEditableFieldsButKeepsStatus() {
        Client client = new Client(ClientKind.COMPANY, "Acme");
        client.archive(NOW);
        Client edited = new Client(ClientKind.PERSON, "Acme Two");
        edited.setPaymentTermsDays(14);
        edited.getBillingAddress().setCity("Berlin");
        client.updateFrom(edited, NOW);
        assertEquals("Acme Two", client.getName());
        assertEquals(14, client.getPaymentTermsDays());
        assertEquals("Berlin", client.getBillingAddress().getCity());
        assertEquals(ClientStatus.ARCHIVED, client.getStatus());
    }

    @Test
    void auditSnapshotShowsTheAddressOnOneLine() {
        Client client = new Client(ClientKind.COMPANY, "Acme");
        client.setBillingAddress(new Address("Main St 1", "Berlin", "10115", null, "DE"));
        assertEquals("Main St 1, 10115, Berlin, DE", client.auditSnapshot().get("billingAddress"));
        assertNull(client.auditSnapshot().get("owner"));
    }

    @Test
    void statusTransitionsAreClosed() {
        assertTrue(ClientStatus.ACTIVE.canMoveTo(ClientStatus.ARCHIVED));
        assertFalse(ClientStatus.ACTIVE.canMoveTo(ClientStatus.ACTIVE));
        assertFalse(ClientStatus.ARCHIVED.canMoveTo(ClientStatus.ARCHIVED));
    }
}
