package org.crmir.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditEntry;
import org.crmir.audit.AuditService;
import org.crmir.audit.FieldChange;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.AsSupport;
import org.crmir.support.AsViewer;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client service in the real server against MariaDB: roles, validation, locking, paging and the audit trail. */
@ExtendWith(ArquillianExtension.class)
class ClientServiceIT {

    @EJB
    ClientService clients;

    @EJB
    UserService users;

    @EJB
    AuditService audit;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsViewer asViewer;

    @EJB
    AsSupport asSupport;

    @EJB
    TestUsers testUsers;

    @BeforeEach
    void users() throws Exception {
        testUsers.ensure();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Client draft(String name) {
        Client client = new Client(ClientKind.COMPANY, name);
        client.setEmail("billing@" + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + ".example");
        client.setPhone("+49 30 1234567");
        client.setCurrency("EUR");
        client.setPaymentTermsDays(14);
        client.setTags(Set.of("Key-Account"));
        client.getBillingAddress().setCity("Berlin");
        client.getBillingAddress().setCountry("de");
        return client;
    }

    @Test
    void salesRegistersAClientThatIsStoredOwnedAndAudited() throws Exception {
        String name = unique("Acme");
        long id = asSales.call(() -> clients.create(draft(name), null).getId());

        Client stored = asViewer.call(() -> clients.find(id));
        assertEquals(name, stored.getName());
        assertEquals(14, stored.getPaymentTermsDays());
        assertEquals("DE", stored.getBillingAddress().getCountry());
        assertEquals(Set.of("key-account"), stored.getTags());
        assertEquals(AsSales.USERNAME, stored.getOwner().getUsername());
        assertTrue(stored.isActive());

        Page<AuditEntry> history = asAdmin.call(() -> audit.historyOf("Client", id, PageRequest.first(10)));
        assertEquals(1, history.total());
        AuditEntry created = history.items().get(0);
        assertEquals(AuditAction.CREATE, created.action());
        assertEquals(AsSales.USERNAME, created.actor());
        assertTrue(created.changes().contains(new FieldChange("name", null, name)), created.changes().toString());
    }

    @Test
    void anUpdateIsAuditedWithBeforeAndAfterOfEachChangedField() throws Exception {
        long id = asSales.call(() -> clients.create(draft(unique("Before")), null).getId());
        Client loaded = asSales.call(() -> clients.find(id));
        String oldName = loaded.getName();
        loaded.setName("After " + oldName);
        loaded.setPaymentTermsDays(60);
        asSales.call(() -> clients.update(id, loaded.getVersion(), loaded, null));

        AuditEntry update = asAdmin.call(() -> audit.historyOf("Client", id, PageRequest.first(10))).items().get(0);
        assertEquals(AuditAction.UPDATE, update.action());
        assertEquals(List.of(new FieldChange("name", oldName, "After " + oldName),
                new FieldChange("paymentTermsDays", "14", "60")), update.changes());
    }

    @Test
    void invalidInputIsRefusedWithItsFieldsAndNothingIsStored() throws Exception {
        String name = unique("Invalid");
        Client bad = draft(name);
        bad.setEmail("not-an-email");
        bad.setPhone("call me maybe");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asSales.call(() -> clients.create(bad, null)));
        List<String> fields = refused.getViolations().stream().map(InvalidInputException.Violation::field).toList();
        assertEquals(List.of("email", "phone"), fields);
        assertEquals(0, asViewer.call(() -> clients.count(ClientFilter.matching(name))));

        Client tooLong = draft("x".repeat(201));
        assertThrows(InvalidInputException.class, () -> asSales.call(() -> clients.create(tooLong, null)));
        Client nameless = draft(unique("n"));
        nameless.setName("   ");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> asSales.call(() -> clients.create(nameless, null)));
        assertEquals("name", missing.getField());
    }

    @Test
    void aViewerCannotCreateOrArchiveClients() throws Exception {
        long id = asSales.call(() -> clients.create(draft(unique("Guarded")), null).getId());
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> clients.create(draft(unique("No")), null)));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> clients.archive(id)));
        assertTrue(asViewer.call(() -> clients.find(id)).isActive());
    }

    @Test
    void salesCannotManageUsers() {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> users.create(new NewUser("intruder",
                "Intruder", null, Set.of(Role.ADMIN), "long-enough-password"))));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> users.list(null, PageRequest.first(5))));
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditSurvives() throws Exception {
        long id = asSales.call(() -> clients.create(draft(unique("Locked")), null).getId());
        Client mine = asSales.call(() -> clients.find(id));
        Client theirs = asSales.call(() -> clients.find(id));

        theirs.setPhone("+1 555 0100");
        asSales.call(() -> clients.update(id, theirs.getVersion(), theirs, null));

        mine.setPhone("+1 555 0199");
        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class,
                () -> asSales.call(() -> clients.update(id, mine.getVersion(), mine, null)));
        assertTrue(conflict.getMessage().contains("Someone else saved"), conflict.getMessage());
        assertEquals("+1 555 0100", asViewer.call(() -> clients.find(id)).getPhone());
    }

    @Test
    void archivedClientsLeaveTheActiveListAndComeBack() throws Exception {
        String name = unique("Archivable");
        long id = asSales.call(() -> clients.create(draft(name), null).getId());
        asSales.call(() -> clients.archive(id));
        ClientFilter activeOnly = new ClientFilter(name, ClientStatus.ACTIVE, null, null, null);
        assertEquals(0, asViewer.call(() -> clients.count(activeOnly)));
        assertEquals(1, asViewer.call(() -> clients.count(ClientFilter.matching(name))));
        assertThrows(RuleViolationException.class, () -> asSales.call(() -> clients.archive(id)));

        asSales.call(() -> clients.reactivate(id));
        assertEquals(1, asViewer.call(() -> clients.count(activeOnly)));
        List<AuditAction> actions = asAdmin.call(() -> audit.historyOf("Client", id, PageRequest.first(10)))
                .items().stream().map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.REACTIVATE, AuditAction.ARCHIVE, AuditAction.CREATE), actions);
    }

    @Test
    void searchIsPagedAndSortedInTheDatabase() throws Exception {
        String prefix = "Paged" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 23; i++) {
            String name = prefix + String.format(" %02d", i);
            asSales.call(() -> clients.create(draft(name), null));
        }
        ClientFilter filter = ClientFilter.matching(prefix);
        Page<ClientSummary> first = asViewer.call(() -> clients.search(filter, new PageRequest(0, 10, "name", true)));
        Page<ClientSummary> last = asViewer.call(() -> clients.search(filter, new PageRequest(20, 10, "name", true)));
        assertEquals(23, first.total());
        assertEquals(10, first.items().size());
        assertEquals(prefix + " 00", first.items().get(0).name());
        assertEquals(3, last.items().size());
        assertEquals(prefix + " 22", last.items().get(2).name());
        Page<ClientSummary> descending = asViewer.call(() -> clients.search(filter,
                new PageRequest(0, 1, "name", false)));
        assertEquals(prefix + " 22", descending.items().get(0).name());
        assertEquals("IT sales", first.items().get(0).ownerName());
        assertThrows(InvalidInputException.class,
                () -> asViewer.call(() -> clients.search(filter, new PageRequest(0, 10, "password", true))));
    }

    @Test
    void theFirstContactIsPrimaryAndANewPrimaryDemotesTheOld() throws Exception {
        long id = asSales.call(() -> clients.create(draft(unique("Contacts")), null).getId());
        Contact first = asSupport.call(() -> clients.addContact(id, new Contact("Ann Lee", "CFO", "ann@x.example",
                null)));
        assertTrue(first.isPrimary());
        Contact second = new Contact("Bob Ray", "Buyer", "BOB@x.example", "+44 20 7946 0000");
        second.setPrimary(true);
        asSupport.call(() -> clients.addContact(id, second));

        Page<Contact> contacts = asViewer.call(() -> clients.contactsOf(id, PageRequest.first(10)));
        assertEquals(2, contacts.total());
        assertEquals("Bob Ray", contacts.items().get(0).getName());
        assertTrue(contacts.items().get(0).isPrimary());
        assertEquals("bob@x.example", contacts.items().get(0).getEmail());
        assertFalse(contacts.items().get(1).isPrimary());

        Contact badEmail = new Contact("Carl", null, "carl@", null);
        assertThrows(InvalidInputException.class, () -> asSupport.call(() -> clients.addContact(id, badEmail)));
        assertThrows(EJBAccessException.class,
                () -> asViewer.call(() -> clients.addContact(id, new Contact("Dan", null, null, null))));
        assertEquals(2, asViewer.call(() -> clients.contactsOf(id, PageRequest.first(10))).total());
    }

    @Test
    void unknownClientsAreNotFound() {
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> asViewer.call(() -> clients.find(987_654_321L)));
        assertNotEquals(null, missing.getMessage());
        assertThrows(NotFoundException.class,
                () -> asSales.call(() -> clients.addContact(987_654_321L, new Contact("X", null, null, null))));
    }
}
