package org.crmir.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Fixtures;
import org.crmir.support.TestDatabase;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding a client as people look for one: a word inside its name, the start of such a word, a contact's name,
 * short words, text full of the search syntax's operators, and the list's column filters, all in MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class ClientSearchIT {

    @EJB
    ClientService clients;

    @EJB
    AsSales asSales;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    @BeforeEach
    void users() throws Exception {
        fixtures.usersExist();
    }

    /**
     * {@code count} companies named {@code text} and a number of {@code digits} digits from 1, written with SQL;
     * {@code status} is an SQL expression of {@code seq}, the number.
     */
    private static void companies(String text, int count, int digits, String status) throws Exception {
        TestDatabase.sql("INSERT INTO clients (kind, name, currency, payment_terms_days, status, created_at,"
                + " updated_at, version) SELECT 'COMPANY', CONCAT('" + text + " ', LPAD(seq, " + digits + ", '0')),"
                + " 'EUR', 14, " + status + ", UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1 FROM seq_1_to_" + count);
    }

    /** A made-up word no other test uses. */
    private static String word() {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private long client(ClientKind kind, String name) throws Exception {
        Client draft = new Client(kind, name);
        draft.setCurrency("EUR");
        draft.setPaymentTermsDays(14);
        return asSales.call(() -> clients.create(draft, null).getId());
    }

    private List<Long> found(ClientFilter filter) throws Exception {
        return asViewer.call(() -> clients.list(filter, new PageRequest(0, 100, "name", true))).stream()
                .map(ClientSummary::id).toList();
    }

    @Test
    void aWordInsideTheNameOrTheStartOfOneFindsTheClient() throws Exception {
        String inside = word();
        long id = client(ClientKind.COMPANY, "Nordic " + inside + " Solutions");
        assertEquals(List.of(id), found(ClientFilter.matching(inside)));
        assertEquals(List.of(id), found(ClientFilter.matching(inside.substring(0, 5))));
        assertEquals(List.of(id), found(ClientFilter.matching(inside.toUpperCase() + " solutions")));
        assertEquals(1, asViewer.call(() -> clients.count(ClientFilter.matching(inside))));
        // the start of the name still works as before
        assertTrue(found(ClientFilter.matching("Nordic " + inside)).contains(id));
        // every word must be there
        assertEquals(List.of(), found(ClientFilter.matching(inside + " " + word())));
    }

    @Test
    void aContactsNameFindsTheirClient() throws Exception {
        String surname = word();
        long id = client(ClientKind.COMPANY, "Harbour " + word() + " Logistics");
        asSales.call(() -> clients.addContact(id, new Contact("Maria " + surname, "Buyer", null, null)));
        assertEquals(List.of(id), found(ClientFilter.matching(surname)));
        assertEquals(List.of(id), found(ClientFilter.matching("maria " + surname)));
        // the start of a contact's name, also when shorter than a searchable word
        assertTrue(found(ClientFilter.matching("Maria " + surname.substring(0, 2))).contains(id));
    }

    @Test
    void matchesFoundOnDifferentIndexesArePagedAndCountedTogether() throws Exception {
        String text = "zz" + word(); // sorts after "Alder" and "Birch"
        long byContact = client(ClientKind.COMPANY, "Alder " + word() + " Works");
        asSales.call(() -> clients.addContact(byContact, new Contact(text + " Ortiz", "Buyer", null, null)));
        long byName = client(ClientKind.COMPANY, text + " Trading");
        long inside = client(ClientKind.PERSON, "Birch " + text + " Studio");
        assertEquals(List.of(byContact, inside, byName), found(ClientFilter.matching(text)));
        assertEquals(3, asViewer.call(() -> clients.count(ClientFilter.matching(text))));
        assertEquals(List.of(inside), found(new ClientFilter(text, null, null, null, null, Map.of("kind", "PERSON"))));
        assertEquals(List.of(inside), asViewer.call(() -> clients.list(ClientFilter.matching(text),
                new PageRequest(1, 1, "name", true))).stream().map(ClientSummary::id).toList());
    }

    /**
     * A text matching more clients than the count's cap is not collected index by index (the set of ids would be
     * unbounded): the list falls back to the one ORed condition, which still finds, orders and pages them, and the
     * count says "more than 10,000". The clients are written with SQL (10,002 through the service would take
     * minutes) and removed afterwards, so that the other tests' counts of every client stay as they were.
     */
    @Test
    void aTextMatchingMoreClientsThanTheCapIsStillListedAndCountedAsMoreThanTenThousand() throws Exception {
        String text = word();
        try {
            companies(text, ClientService.COUNT_CAP + 2, 5, "'ACTIVE'");
            ClientFilter all = ClientFilter.matching(text);
            assertEquals(ClientService.COUNT_CAP + 1L, asViewer.call(() -> clients.count(all)));
            assertEquals(List.of(text + " 00003", text + " 00004"), asViewer.call(() -> clients.list(all,
                    new PageRequest(2, 2, "name", true))).stream().map(ClientSummary::name).toList());
            // One of them by its whole name: collected again, counted exactly.
            ClientFilter one = ClientFilter.matching(text + " 10002");
            assertEquals(1, asViewer.call(() -> clients.count(one)));
            assertEquals(List.of(text + " 10002"), asViewer.call(() -> clients.list(one, PageRequest.first(10)))
                    .stream().map(ClientSummary::name).toList());
        } finally {
            TestDatabase.sql("DELETE FROM clients WHERE name LIKE '" + text + " %'");
        }
    }

    /**
     * A common word (1,000 matches or more) has its pages read down the name's index, keeping the collected ids
     * (ClientQuery.readInNameOrder): the same rows in the same order as for a rare one, with the status filter
     * and without, forwards and backwards.
     */
    @Test
    void aWordMatchingManyClientsIsPagedInNameOrder() throws Exception {
        String text = word();
        try {
            companies(text, 1500, 4, "IF(MOD(seq, 3) = 0, 'ARCHIVED', 'ACTIVE')");
            ClientFilter all = ClientFilter.matching(text);
            assertEquals(1500, asViewer.call(() -> clients.count(all)));
            assertEquals(List.of(text + " 0701", text + " 0702", text + " 0703"), asViewer.call(() ->
                    clients.list(all, new PageRequest(700, 3, "name", true))).stream().map(ClientSummary::name)
                    .toList());
            assertEquals(List.of(text + " 1500", text + " 1499"), asViewer.call(() -> clients.list(all,
                    new PageRequest(0, 2, "name", false))).stream().map(ClientSummary::name).toList());
            ClientFilter active = new ClientFilter(text, ClientStatus.ACTIVE, null, null, null);
            assertEquals(1000, asViewer.call(() -> clients.count(active)));
            // the 601st to 603rd active ones: every third is archived, so 0901, 0902, 0904
            assertEquals(List.of(text + " 0901", text + " 0902", text + " 0904"), asViewer.call(() ->
                    clients.list(active, new PageRequest(600, 3, "name", true))).stream()
                    .map(ClientSummary::name).toList());
        } finally {
            TestDatabase.sql("DELETE FROM clients WHERE name LIKE '" + text + " %'");
        }
    }

    @Test
    void shortWordsMatchAsTheStartOfANameAndNeverFail() throws Exception {
        String start = "Q" + word().substring(0, 1);
        long id = client(ClientKind.PERSON, start + word() + " Ltd Co");
        assertTrue(found(ClientFilter.matching(start)).contains(id));
        // a two-letter word inside a name is not indexed: it does not match there, and nothing fails
        assertEquals(List.of(), found(new ClientFilter("Co", null, null, null, null, Map.of("name", start))));
        assertEquals(List.of(id), found(new ClientFilter("Ltd", null, null, null, null, Map.of("name", start))));
        for (String odd : List.of("a b", "+", "\"", "-x*", "(~@>)", "%_!", "ab*\"+-", "é", "x".repeat(200))) {
            assertDoesNotThrow(() -> found(ClientFilter.matching(odd)), odd);
        }
    }

    @Test
    void columnFiltersNarrowTheListInTheDatabase() throws Exception {
        String tag = word();
        long company = client(ClientKind.COMPANY, tag + " Company");
        long person = client(ClientKind.PERSON, tag + " Person");
        assertEquals(List.of(company, person), found(new ClientFilter(null, null, null, null, null,
                Map.of("name", tag))));
        assertEquals(List.of(person), found(new ClientFilter(null, null, null, null, null,
                Map.of("name", tag, "kind", "PERSON"))));
        assertEquals(List.of(company), found(new ClientFilter(null, ClientStatus.ACTIVE, null, null, null,
                Map.of("name", tag, "kind", "company", "currency", "eur"))));
        assertEquals(List.of(), found(new ClientFilter(null, null, null, null, null,
                Map.of("name", tag, "currency", "USD"))));
        assertThrows(InvalidInputException.class, () -> found(new ClientFilter(null, null, null, null, null,
                Map.of("passwordHash", "x"))));
        assertThrows(InvalidInputException.class, () -> found(new ClientFilter(null, null, null, null, null,
                Map.of("kind", "ALIEN"))));
    }

    /**
     * The ids a text matches are collected once a request (the list's count, then its page); a client or contact
     * written in between is found by the next search of the same request, and the count of the collected ids
     * still applies the list's other conditions.
     */
    @Test
    void aSearchAfterAWriteInTheSameRequestFindsWhatWasWritten() throws Exception {
        String text = word();
        long first = client(ClientKind.COMPANY, text + " Traders");
        assertEquals(List.of(first), found(ClientFilter.matching(text)));
        assertEquals(1, asViewer.call(() -> clients.count(ClientFilter.matching(text))));

        long second = client(ClientKind.COMPANY, text + " Shipping");
        long byContact = client(ClientKind.COMPANY, "Harbour " + word());
        asSales.call(() -> clients.addContact(byContact, new Contact(text + " Lindqvist", "Buyer", null, null)));
        assertEquals(Set.of(byContact, first, second), Set.copyOf(found(ClientFilter.matching(text))));
        assertEquals(3, asViewer.call(() -> clients.count(ClientFilter.matching(text))));

        asSales.call(() -> clients.archive(second));
        assertEquals(2, asViewer.call(() -> clients.count(new ClientFilter(text, ClientStatus.ACTIVE, null, null,
                null, Map.of()))));
    }

    /**
     * The list's status is applied while the matches are collected, to a client found by a contact's name too, and
     * the count is then the number collected; any other condition is still counted in SQL.
     */
    @Test
    void theStatusNarrowsMatchesByAContactAndOtherFiltersStillCount() throws Exception {
        String text = word();
        long active = client(ClientKind.COMPANY, text + " Active");
        long archived = client(ClientKind.COMPANY, "Harbour " + word());
        asSales.call(() -> clients.addContact(archived, new Contact(text + " Berg", "Buyer", null, null)));
        asSales.call(() -> clients.archive(archived));

        ClientFilter activeOnes = new ClientFilter(text, ClientStatus.ACTIVE, null, null, null);
        assertEquals(List.of(active), found(activeOnes));
        assertEquals(1, asViewer.call(() -> clients.count(activeOnes)));
        ClientFilter archivedOnes = new ClientFilter(text, ClientStatus.ARCHIVED, null, null, null);
        assertEquals(List.of(archived), found(archivedOnes));
        assertEquals(1, asViewer.call(() -> clients.count(archivedOnes)));
        assertEquals(2, asViewer.call(() -> clients.count(ClientFilter.matching(text))));

        ClientFilter people = new ClientFilter(text, null, null, null, null, Map.of("kind", "PERSON"));
        assertEquals(0, asViewer.call(() -> clients.count(people)));
        ClientFilter retail = new ClientFilter(text, ClientStatus.ACTIVE, "Retail", null, null);
        assertEquals(0, asViewer.call(() -> clients.count(retail)));
        assertEquals(List.of(), found(retail));
    }
}
