package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.ProductKind;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.Direction;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.NewInteraction;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractFilter;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractService;
import org.crmir.contract.ContractStatus;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceFilter;
import org.crmir.invoice.InvoiceQueries;
import org.crmir.invoice.InvoiceRow;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.payment.Payment;
import org.crmir.payment.PaymentFilter;
import org.crmir.payment.PaymentKind;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentQueries;
import org.crmir.payment.PaymentService;
import org.crmir.payment.PaymentStatus;
import org.crmir.quote.QuoteFilter;
import org.crmir.quote.QuoteQueries;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filters the dashboard's links use, on known records of a user of the test's own (so that the client-owner
 * filter isolates them): every list counts what the same condition counts in SQL, its page holds as many rows,
 * and the REST lists take the same parameters and refuse bad ones naming the parameter.
 */
@ExtendWith(ArquillianExtension.class)
class ListFiltersIT {

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    UserService users;

    @EJB
    ClientService clients;

    @EJB
    InvoiceService invoices;

    @EJB
    InvoiceQueries invoiceList;

    @EJB
    PaymentService payments;

    @EJB
    PaymentQueries paymentList;

    @EJB
    QuoteService quotes;

    @EJB
    QuoteQueries quoteList;

    @EJB
    ContractService contracts;

    @EJB
    ContractQueries contractList;

    @EJB
    CommunicationService communication;

    @EJB
    CatalogService catalog;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String ownerName;
    private long ownerId;
    private ClientOwner owner;
    private long euroClient;
    private long dollarClient;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        ownerName = "lists-" + Fixtures.unique();
        ownerId = asAdmin.call(() -> users.create(new NewUser(ownerName, "Lists Owner", ownerName + "@crmir.test",
                Set.of(Role.SALES), TestUsers.PASSWORD))).id();
        owner = ClientOwner.user(ownerId);
        euroClient = clientOf("EUR");
        dollarClient = clientOf("USD");
    }

    private long clientOf(String currency) throws Exception {
        Client draft = new Client(ClientKind.COMPANY, "Lists " + currency + " " + Fixtures.unique());
        draft.setCurrency(currency);
        return asSales.call(() -> clients.create(draft, ownerName).getId());
    }

    // ------------------------------------------------------------------ invoices

    @Test
    void invoicesNarrowByStatusCurrencyOwnerAndDatesAsSqlDoes() throws Exception {
        long draft = draftInvoice(euroClient, "10.00");
        long open = issued(draftInvoice(euroClient, "100.00"));
        long paid = issued(draftInvoice(euroClient, "40.00"));
        long voided = issued(draftInvoice(euroClient, "25.00"));
        long dollars = issued(draftInvoice(dollarClient, "70.00"));
        asFinance.call(() -> payments.recordForInvoice(paid, Money.of("40.00", "EUR"), PaymentMethod.BANK_TRANSFER,
                "LISTS-1", today));
        asFinance.call(() -> invoices.voidInvoice(voided));
        LocalDate due = asFinance.call(() -> invoices.find(open)).getDueDate();

        String ofOwner = "SELECT COUNT(*) FROM invoices i JOIN clients c ON c.id = i.client_id WHERE c.owner_id = "
                + ownerId;
        assertInvoices(5, ofOwner, filter(Set.of(), null, null, null));
        assertInvoices(2, ofOwner + " AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')",
                filter(InvoiceFilter.OPEN, null, null, null));
        assertInvoices(1, ofOwner + " AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE') AND i.currency = 'EUR'"
                + " AND i.due_date <= '" + due + "'", filter(InvoiceFilter.OPEN, "EUR", null, due));
        assertInvoices(3, ofOwner + " AND i.status NOT IN ('DRAFT', 'VOID')", filter(InvoiceFilter.BILLED, null,
                null, null));
        assertInvoices(3, ofOwner + " AND i.currency = 'EUR' AND i.due_date BETWEEN '" + due + "' AND '" + due + "'",
                filter(Set.of(), "EUR", due, due));
        assertInvoices(1, ofOwner + " AND i.status = 'VOID'", filter(Set.of(InvoiceStatus.VOID), null, null, null));
        InvoiceFilter paidToday = new InvoiceFilter(Set.of(), null, null, null, null, null, null, null, owner, null,
                null, today, today);
        assertEquals(1, asFinance.call(() -> invoiceList.count(paidToday)));
        assertEquals(paid, asFinance.call(() -> invoiceList.list(paidToday, PageRequest.first(10))).get(0).id());
        InvoiceFilter oneClient = new InvoiceFilter(Set.of(), euroClient, null, null, null, null, null, null, owner,
                null, null, null, null);
        assertEquals(4, asFinance.call(() -> invoiceList.count(oneClient)));
        assertTrue(asFinance.call(() -> invoiceList.list(oneClient, PageRequest.first(10))).stream()
                .noneMatch(row -> row.id() == dollars));
        assertTrue(asFinance.call(() -> invoiceList.list(filter(Set.of(), null, null, null), PageRequest.first(10)))
                .stream().anyMatch(row -> row.id() == draft));

        // "me": the signed-in user's clients, whoever it is, as SQL counts them
        InvoiceFilter mine = new InvoiceFilter(InvoiceFilter.OPEN, null, null, null, null, null, null, null,
                ClientOwner.ME, null, null, null, null);
        long bySql = sql("SELECT COUNT(*) FROM invoices i JOIN clients c ON c.id = i.client_id JOIN users u"
                + " ON u.id = c.owner_id WHERE u.username = 'it-sales' AND i.status IN ('ISSUED', 'PARTIALLY_PAID',"
                + " 'OVERDUE')");
        assertEquals(Math.min(InvoiceQueries.COUNT_CAP + 1, bySql), asSales.call(() -> invoiceList.count(mine)));
    }

    @Test
    void invoicesNarrowToThoseWithALineOfAProductAsSqlDoes() throws Exception {
        String sku = "lists-" + Fixtures.unique();
        long product = asFinance.call(() -> catalog.create(sku, "Lists widget", null, ProductKind.PRODUCT, "pc",
                Money.of("5.00", "EUR"), null).getId());
        long withIt = asSales.call(() -> invoices.createDraft(euroClient, List.of(
                new LineInput(product, "Lists widget", BigDecimal.ONE, "pc", new BigDecimal("5.00"), null, null),
                new LineInput(null, "Fitting", BigDecimal.ONE, null, new BigDecimal("20.00"), null, null),
                new LineInput(product, "Lists widget, spare", BigDecimal.ONE, "pc", new BigDecimal("5.00"), null,
                        null)),
                null, null).getId());
        issued(draftInvoice(euroClient, "30.00"));
        InvoiceFilter byProduct = new InvoiceFilter(Set.of(), null, null, null, null, null, null, null, owner, null,
                null, null, null, product);
        assertEquals(1, sql("SELECT COUNT(DISTINCT l.invoice_id) FROM invoice_lines l WHERE l.product_id = "
                + product));
        assertEquals(1, asFinance.call(() -> invoiceList.count(byProduct)));
        assertEquals(withIt, asFinance.call(() -> invoiceList.list(byProduct, PageRequest.first(10))).get(0).id());
        // The product alone is counted from its lines: an invoice with two of its lines counts once
        InvoiceFilter productAlone = new InvoiceFilter(Set.of(), null, null, null, null, null, null, null, null,
                null, null, null, null, product);
        assertEquals(1, asFinance.call(() -> invoiceList.count(productAlone)));
        long another = asSales.call(() -> invoices.createDraft(euroClient, List.of(new LineInput(product,
                "Lists widget", new BigDecimal("2"), "pc", new BigDecimal("5.00"), null, null)), null, null).getId());
        issued(another);
        assertEquals(2, asFinance.call(() -> invoiceList.count(productAlone)));
        assertEquals(List.of(another, withIt), asFinance.call(() -> invoiceList.list(productAlone,
                PageRequest.first(10))).stream().map(InvoiceRow::id).toList());
        // With a status too, the invoices are read: the one still a draft
        InvoiceFilter draftsOfIt = new InvoiceFilter(Set.of(InvoiceStatus.DRAFT), null, null, null, null, null, null,
                null, null, null, null, null, null, product);
        assertEquals(1, asFinance.call(() -> invoiceList.count(draftsOfIt)));
        assertEquals(2, total(fixtures.apiToken(Role.FINANCE, "lists product"), "/api/v1/invoices?product=" + product));
    }

    @Test
    void anOwnersInvoicesFollowTheClientToItsNextOwner() throws Exception {
        long older = issued(draftInvoice(dollarClient, "70.00"));
        long newer = draftInvoice(dollarClient, "30.00");
        String nextName = "lists-" + Fixtures.unique();
        long nextId = asAdmin.call(() -> users.create(new NewUser(nextName, "Next Owner", nextName + "@crmir.test",
                Set.of(Role.SALES), TestUsers.PASSWORD))).id();
        Client client = asAdmin.call(() -> clients.find(dollarClient));
        asAdmin.call(() -> clients.update(dollarClient, client.getVersion(), client, nextName));

        InvoiceFilter theNextOwners = new InvoiceFilter(Set.of(), null, null, null, null, null, null, "USD",
                ClientOwner.user(nextId), null, null, null, null);
        assertEquals(List.of(newer, older), asFinance.call(() -> invoiceList.list(theNextOwners,
                PageRequest.first(10))).stream().map(InvoiceRow::id).toList());
        assertEquals(0, asFinance.call(() -> invoiceList.count(filter(Set.of(), "USD", null, null))));
        long afterwards = draftInvoice(dollarClient, "5.00");
        assertEquals(3, asFinance.call(() -> invoiceList.count(theNextOwners)));
        assertEquals(nextId, asFinance.call(() -> invoices.find(afterwards)).getOwnerId());
        // and no invoice anywhere has an owner other than its client's
        assertEquals(0, sql("SELECT COUNT(*) FROM invoices i JOIN clients c ON c.id = i.client_id"
                + " WHERE NOT i.owner_id <=> c.owner_id"));
    }

    private InvoiceFilter filter(Set<InvoiceStatus> statuses, String currency, LocalDate dueFrom, LocalDate dueTo) {
        return new InvoiceFilter(statuses, null, null, null, null, null, null, currency, owner, dueFrom, dueTo, null,
                null);
    }

    private void assertInvoices(long expected, String countSql, InvoiceFilter filter) throws Exception {
        assertEquals(expected, sql(countSql), countSql);
        assertEquals(expected, asFinance.call(() -> invoiceList.count(filter)), countSql);
        assertEquals(expected, asFinance.call(() -> invoiceList.list(filter, PageRequest.first(50))).size(), countSql);
    }

    private long draftInvoice(long clientId, String amount) throws Exception {
        return asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Work", BigDecimal.ONE,
                null, new BigDecimal(amount), null, null)), null, null).getId());
    }

    private long issued(long invoiceId) throws Exception {
        Invoice invoice = asFinance.call(() -> invoices.issue(invoiceId));
        return invoice.getId();
    }

    // ------------------------------------------------------------------ payments

    @Test
    void paymentsNarrowByMethodKindStatusCurrencyAndDaysAsSqlDoes() throws Exception {
        Payment card = asFinance.call(() -> payments.record(euroClient, Money.of("40.00", "EUR"), PaymentMethod.CARD,
                "LISTS-C", today, false));
        asFinance.call(() -> payments.refund(card.getId(), Money.of("10.00", "EUR"), "too much"));
        asFinance.call(() -> payments.record(euroClient, Money.of("15.00", "EUR"), PaymentMethod.BANK_TRANSFER,
                "LISTS-B", today.minusDays(3), false));
        Payment mistaken = asFinance.call(() -> payments.record(dollarClient, Money.of("5.00", "USD"),
                PaymentMethod.CASH, "LISTS-X", today, false));
        asFinance.call(() -> payments.voidPayment(mistaken.getId()));

        String ofOwner = "SELECT COUNT(*) FROM payments p JOIN clients c ON c.id = p.client_id WHERE c.owner_id = "
                + ownerId;
        String recorded = ofOwner + " AND p.status = 'RECORDED'";
        assertPayments(3, recorded, payments(null, null, null, null, null));
        assertPayments(1, recorded + " AND p.kind = 'REFUND'", payments(null, null, PaymentKind.REFUND, null, null));
        assertPayments(2, recorded + " AND p.kind = 'PAYMENT'", payments(null, null, PaymentKind.PAYMENT, null, null));
        assertPayments(1, recorded + " AND p.method = 'BANK_TRANSFER'",
                payments(null, PaymentMethod.BANK_TRANSFER, null, null, null));
        assertPayments(2, recorded + " AND p.received_on BETWEEN '" + today + "' AND '" + today + "'",
                payments(null, null, null, today, today));
        assertPayments(0, recorded + " AND p.currency = 'USD'", payments("USD", null, null, null, null));
        assertPayments(1, ofOwner + " AND p.status = 'VOIDED'", new PaymentFilter(PaymentStatus.VOIDED, null, owner,
                null, null, null, null, null));

        assertThrows(EJBAccessException.class, () -> asSales.call(() -> paymentList.count(PaymentFilter.none())));
    }

    private PaymentFilter payments(String currency, PaymentMethod method, PaymentKind kind, LocalDate from,
            LocalDate to) {
        return new PaymentFilter(null, currency, owner, method, kind, from, to, null);
    }

    private void assertPayments(long expected, String countSql, PaymentFilter filter) throws Exception {
        assertEquals(expected, sql(countSql), countSql);
        assertEquals(expected, asFinance.call(() -> paymentList.count(filter)), countSql);
        assertEquals(expected, asFinance.call(() -> paymentList.list(filter, PageRequest.first(50))).size(), countSql);
    }

    // ------------------------------------------------------------------ quotes, contracts, communication

    @Test
    void quotesContractsAndInteractionsNarrowAsSqlDoes() throws Exception {
        for (int i = 0; i < 2; i++) {
            asSales.call(() -> quotes.createDraft(euroClient, today.plusDays(30), List.of(new LineInput(null,
                    "Advice", BigDecimal.ONE, null, new BigDecimal("80.00"), null, null)), null, null));
        }
        String quotesOfOwner = "SELECT COUNT(*) FROM quotes q JOIN clients c ON c.id = q.client_id"
                + " WHERE c.owner_id = " + ownerId;
        assertQuotes(2, quotesOfOwner + " AND q.status IN ('DRAFT', 'SENT')", quoteFilter(QuoteFilter.OPEN, null,
                null));
        assertQuotes(0, quotesOfOwner + " AND q.status = 'SENT'", quoteFilter(Set.of(QuoteStatus.SENT), null, null));
        assertQuotes(2, quotesOfOwner + " AND q.created_at >= '" + today + "'", quoteFilter(Set.of(), today, null));
        assertQuotes(0, quotesOfOwner + " AND q.decided_at >= '" + today + "'", quoteFilter(Set.of(), null, today));

        LocalDate end = today.plusDays(100);
        asSales.call(() -> contracts.createDraft(new ContractDraft(euroClient, "Support", null, today, end, 10, false,
                null, null, new BigDecimal("1200.00"), null, null, null, null, null, List.of(), List.of())));
        String contractsOfOwner = "SELECT COUNT(*) FROM contracts k JOIN clients c ON c.id = k.client_id"
                + " WHERE c.owner_id = " + ownerId;
        assertContracts(1, contractsOfOwner + " AND k.end_date BETWEEN '" + end + "' AND '" + end + "'",
                new ContractFilter(null, null, null, null, "EUR", owner, end, end, null, null));
        LocalDate notice = sqlDate("SELECT MAX(k.notice_deadline) FROM contracts k JOIN clients c"
                + " ON c.id = k.client_id WHERE c.owner_id = " + ownerId);
        assertContracts(1, contractsOfOwner + " AND k.notice_deadline BETWEEN '" + notice + "' AND '" + notice + "'",
                new ContractFilter(null, null, null, null, null, owner, null, null, notice, notice));
        assertContracts(0, contractsOfOwner + " AND k.status = 'ACTIVE'",
                new ContractFilter(ContractStatus.ACTIVE, null, null, null, null, owner, null, null, null, null));

        long quiet = clientOf("EUR");
        asSales.call(() -> communication.record(quiet, new NewInteraction(Channel.CALL, Direction.INBOUND, "Caller",
                "Us", "Question", null, null, null, null, null)));
        asSales.call(() -> communication.record(quiet, new NewInteraction(Channel.NOTE, Direction.OUTBOUND, "Us",
                "File", "Note", null, null, null, null, null)));
        HistoryFilter inbound = new HistoryFilter(null, null, null, null, null, null, Direction.INBOUND, owner);
        assertEquals(1, asSales.call(() -> communication.count(quiet, inbound)));
        HistoryFilter callsToday = new HistoryFilter(null, null, Channel.CALL, DeliveryStatus.RECORDED,
                today.atStartOfDay().toInstant(ZoneOffset.UTC),
                today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), null, owner);
        assertEquals(1, asSales.call(() -> communication.count(quiet, callsToday)));
        String interactionsOfOwner = "SELECT COUNT(*) FROM interactions i JOIN clients c ON c.id = i.client_id"
                + " WHERE c.owner_id = " + ownerId + " AND i.direction = 'INBOUND'";
        assertEquals(sql(interactionsOfOwner), asSales.call(() -> communication.count(null, inbound)));
        assertEquals(sql(interactionsOfOwner), asSales.call(() -> communication.rows(null, inbound,
                PageRequest.first(50))).size());
    }

    private QuoteFilter quoteFilter(Set<QuoteStatus> statuses, LocalDate createdFrom, LocalDate decidedFrom) {
        return new QuoteFilter(statuses, null, "EUR", owner, decidedFrom, null, createdFrom, null);
    }

    private void assertQuotes(long expected, String countSql, QuoteFilter filter) throws Exception {
        assertEquals(expected, sql(countSql), countSql);
        assertEquals(expected, asSales.call(() -> quoteList.count(filter)), countSql);
        assertEquals(expected, asSales.call(() -> quoteList.list(filter, PageRequest.first(50))).size(), countSql);
    }

    private void assertContracts(long expected, String countSql, ContractFilter filter) throws Exception {
        assertEquals(expected, sql(countSql), countSql);
        assertEquals(expected, asSales.call(() -> contractList.count(filter)), countSql);
        assertEquals(expected, asSales.call(() -> contractList.list(filter, PageRequest.first(50))).size(), countSql);
    }

    // ------------------------------------------------------------------ an owner of many clients

    /**
     * An owner of 1,000 clients or more has each list's page read in the list's order (ClientOwner.BROAD, a
     * STRAIGHT_JOIN): the same rows as for an owner of few, in the same order, in every list narrowed by owner.
     */
    @Test
    void theListsOfAnOwnerOfManyClientsHoldWhatSqlSaysInTheirOrder() throws Exception {
        asSales.call(() -> {
            for (int i = 0; i < 1_000; i++) {
                clients.create(new Client(ClientKind.COMPANY, "Lists many " + i + " " + Fixtures.unique()), ownerName);
            }
            return null;
        });
        long older = issued(draftInvoice(euroClient, "11.00"));
        long newer = issued(draftInvoice(dollarClient, "12.00"));
        String ofOwner = "SELECT COUNT(*) FROM invoices i JOIN clients c ON c.id = i.client_id WHERE c.owner_id = "
                + ownerId;
        assertInvoices(2, ofOwner, filter(Set.of(), null, null, null));
        assertEquals(List.of(newer, older), asFinance.call(() -> invoiceList.list(filter(Set.of(), null, null, null),
                PageRequest.first(10))).stream().map(row -> row.id()).toList(), "newest first");

        asFinance.call(() -> payments.record(euroClient, Money.of("3.00", "EUR"), PaymentMethod.CASH, "LISTS-M",
                today, false));
        assertPayments(1, "SELECT COUNT(*) FROM payments p JOIN clients c ON c.id = p.client_id WHERE c.owner_id = "
                + ownerId, payments(null, null, null, null, null));

        asSales.call(() -> quotes.createDraft(euroClient, today.plusDays(30), List.of(new LineInput(null, "Advice",
                BigDecimal.ONE, null, new BigDecimal("80.00"), null, null)), null, null));
        assertQuotes(1, "SELECT COUNT(*) FROM quotes q JOIN clients c ON c.id = q.client_id WHERE c.owner_id = "
                + ownerId, quoteFilter(Set.of(), null, null));

        asSales.call(() -> contracts.createDraft(new ContractDraft(euroClient, "Support", null, today,
                today.plusDays(90), 10, false, null, null, new BigDecimal("1200.00"), null, null, null, null, null,
                List.of(), List.of())));
        assertContracts(1, "SELECT COUNT(*) FROM contracts k JOIN clients c ON c.id = k.client_id WHERE c.owner_id = "
                + ownerId, new ContractFilter(null, null, null, null, null, owner, null, null, null, null));

        asSales.call(() -> communication.record(euroClient, new NewInteraction(Channel.CALL, Direction.INBOUND,
                "Caller", "Us", "Question", null, null, null, null, null)));
        HistoryFilter ofTheOwner = new HistoryFilter(null, null, null, null, null, null, null, owner);
        // The payment above mails its receipt in the background, an outbound interaction that may land between
        // the reads (one CI run): they are read again until that step has settled, then must agree.
        long[] read = Eventually.until(Duration.ofSeconds(30), () -> new long[] {
            sql("SELECT COUNT(*) FROM interactions i JOIN clients c ON c.id = i.client_id WHERE c.owner_id = "
                    + ownerId),
            asSales.call(() -> communication.count(null, ofTheOwner)),
            asSales.call(() -> communication.rows(null, ofTheOwner, PageRequest.first(50))).size()},
                all -> all[0] == all[1] && all[1] == all[2]);
        assertTrue(read[0] >= 1, "the call recorded above is listed");

        // Within a window of time, the count reads the window first (HistoryCondition.bindCount, V81).
        HistoryFilter ofTheOwnerToday = new HistoryFilter(null, null, null, null,
                Instant.now().minus(1, ChronoUnit.DAYS), null, null, owner);
        long[] lastDay = Eventually.until(Duration.ofSeconds(30), () -> new long[] {
            sql("SELECT COUNT(*) FROM interactions i JOIN clients c ON c.id = i.client_id WHERE c.owner_id = "
                    + ownerId + " AND i.occurred_at >= UTC_TIMESTAMP(6) - INTERVAL 1 DAY"),
            asSales.call(() -> communication.count(null, ofTheOwnerToday)),
            asSales.call(() -> communication.rows(null, ofTheOwnerToday, PageRequest.first(50))).size()},
                all -> all[0] == all[1] && all[1] == all[2]);
        assertTrue(lastDay[0] >= 1, "the call recorded above is in the last day's window");
        assertEquals(0, asSales.call(() -> communication.count(null, new HistoryFilter(null, null, null, null, null,
                Instant.now().minus(30, ChronoUnit.DAYS), null, owner))), "nothing of the owner's is a month old");
    }

    // ------------------------------------------------------------------ the REST lists

    @Test
    void theApiListsTakeTheSameParametersAndRefuseBadOnesByName() throws Exception {
        long open = issued(draftInvoice(euroClient, "100.00"));
        issued(draftInvoice(dollarClient, "50.00"));
        asFinance.call(() -> payments.record(euroClient, Money.of("20.00", "EUR"), PaymentMethod.MOBILE_MONEY,
                "LISTS-M", today, false));
        String finance = fixtures.apiToken(Role.FINANCE, "lists test");
        String sales = fixtures.apiToken(Role.SALES, "lists test");
        LocalDate due = asFinance.call(() -> invoices.find(open)).getDueDate();

        assertEquals(1, total(finance, "/api/v1/invoices?owner=" + ownerId + "&status=open&currency=eur&dueTo=" + due));
        assertEquals(2, total(finance, "/api/v1/invoices?owner=" + ownerId + "&status=OPEN"));
        assertEquals(1, total(finance, "/api/v1/invoices?owner=" + ownerId + "&client=" + dollarClient));
        assertEquals(1, total(finance, "/api/v1/payments?owner=" + ownerId + "&method=mobile_money&kind=payment"
                + "&receivedFrom=" + today + "&receivedTo=" + today + "&currency=EUR"));
        assertEquals(0, total(finance, "/api/v1/payments?owner=" + ownerId + "&status=voided"));
        assertEquals(1, total(sales, "/api/v1/payments?clientId=" + euroClient), "a client's payments, as before");
        assertEquals(0, total(sales, "/api/v1/quotes?owner=" + ownerId + "&status=open&currency=EUR&createdFrom="
                + today));
        assertEquals(0, total(sales, "/api/v1/contracts?owner=" + ownerId + "&endingFrom=" + today + "&noticeTo="
                + today.plusYears(1)));
        // The payment above mails its receipt in the background, an outbound interaction that may appear between
        // the two counts (one CI run): both are read again until that step has settled, then must agree.
        String outboundToday = "SELECT COUNT(*) FROM interactions i JOIN clients c ON c.id = i.client_id"
                + " WHERE c.owner_id = " + ownerId + " AND i.direction = 'OUTBOUND'"
                + " AND i.occurred_at >= '" + today + "'";
        String outboundTodayUrl = "/api/v1/interactions?owner=" + ownerId + "&direction=outbound&from=" + today
                + "&to=" + today;
        long[] counted = Eventually.until(Duration.ofSeconds(30),
                () -> new long[] {sql(outboundToday), total(sales, outboundTodayUrl)}, both -> both[0] == both[1]);
        assertEquals(counted[0], counted[1]);
        assertEquals(200, Http.send("GET", "/api/v1/invoices?owner=me&status=open", sales, null).statusCode());

        refused(finance, "/api/v1/invoices?status=unpaid", "status", "open");
        refused(finance, "/api/v1/invoices?currency=EURO", "currency", "EUR");
        refused(finance, "/api/v1/invoices?owner=someone", "owner", "me");
        refused(finance, "/api/v1/invoices?dueTo=2026-02-30", "dueTo", "");
        refused(finance, "/api/v1/invoices?paidFrom=yesterday", "paidFrom", "");
        refused(finance, "/api/v1/invoices?client=0", "client", "id");
        refused(finance, "/api/v1/payments?method=bitcoin", "method", "BANK_TRANSFER");
        refused(finance, "/api/v1/payments?kind=gift", "kind", "");
        refused(finance, "/api/v1/payments?receivedFrom=1899-12-31", "receivedFrom", "");
        refused(sales, "/api/v1/quotes?status=maybe", "status", "open");
        refused(sales, "/api/v1/quotes?decidedTo=31.12.2026", "decidedTo", "");
        refused(sales, "/api/v1/contracts?noticeFrom=soon", "noticeFrom", "");
        refused(sales, "/api/v1/contracts?owner=-1", "owner", "");
        refused(sales, "/api/v1/interactions?direction=sideways", "direction", "");
        assertEquals(403, Http.send("GET", "/api/v1/payments?currency=EUR", sales, null).statusCode(),
                "finance's payments list is not for sales");
    }

    private static long total(String token, String path) {
        HttpResponse<String> response = Http.send("GET", path, token, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json(response).getJsonNumber("total").longValue();
    }

    private static void refused(String token, String path, String parameter, String mentioned) {
        HttpResponse<String> response = Http.send("GET", path, token, null);
        assertEquals(422, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
        assertEquals(parameter, error.getString("field"), response.body());
        assertTrue(error.getString("message").contains(mentioned), response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    // ------------------------------------------------------------------ SQL

    private static long sql(String count) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(count);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static LocalDate sqlDate(String query) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getDate(1).toLocalDate();
        }
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }
}
