package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.InteractionRow;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.crmir.support.MailServer;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reconciliation in the real server: a payment event whose processing fails is redelivered and recorded once; one
 * that fails every attempt is parked FAILED with why and processed once after a retry; each payment sends one
 * receipt with its PDF; unallocated money is applied from the page's service; only finance and admins get in.
 * Failures are real: a row lock the test holds past the database's lock wait, a trigger that refuses the insert.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    private static final String SECRET = System.getenv().getOrDefault("CRMIR_STRIPE_WEBHOOK_SECRET",
            "whsec_crmir_test_only");
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @EJB
    ReconciliationService reconciliation;

    @EJB
    GatewayIntake intake;

    @EJB
    PaymentService payments;

    @EJB
    InvoiceService invoices;

    @EJB
    ClientService clients;

    @EJB
    CommunicationService communication;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private final MailServer smtp = new MailServer();
    private long clientId;
    private String billingEmail;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        clientId = fixtures.client("Recon Co");
        billingEmail = Fixtures.emailAddress("billing", "recon.example");
        asSales.call(() -> clients.addContact(clientId, new Contact("Bea Billing", "Accounts", billingEmail, null)));
    }

    @AfterEach
    void tearDown() throws Exception {
        smtp.stop();
        sql("DROP TRIGGER IF EXISTS it_ledger_closed");
    }

    private long issuedInvoice(long forClient, String amount) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(forClient, List.of(new LineInput(null, "Consulting",
                BigDecimal.ONE, null, new BigDecimal(amount), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        return id;
    }

    private Invoice invoice(long id) throws Exception {
        return asViewer.call(() -> invoices.find(id));
    }

    private static String succeeded(String eventId, long invoiceId, long cents) {
        return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"id\":\"pi_" + eventId + "\",\"object\":\"payment_intent\","
                + "\"amount\":" + cents + ",\"amount_received\":" + cents + ",\"currency\":\"eur\","
                + "\"metadata\":{\"invoice_id\":\"" + invoiceId + "\"}}}}";
    }

    private static HttpResponse<String> deliver(String body) {
        return Http.send("POST", "/api/webhooks/stripe", null, body, "application/json; charset=utf-8",
                Map.of("Stripe-Signature", StripeSignature.header(body, SECRET, Instant.now().getEpochSecond())));
    }

    private static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** The event as the reconciliation page lists it. */
    private GatewayEventRow row(String eventId) throws Exception {
        long id = intake.find("stripe", eventId).orElseThrow().getId();
        return asFinance.call(() -> reconciliation.events(new GatewayEventFilter(null, "stripe", null, null),
                PageRequest.first(100))).items().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private GatewayEventRow waitForStatus(String eventId, GatewayEventStatus status) throws Exception {
        return Eventually.until(PATIENCE, () -> row(eventId), r -> r.status() == status);
    }

    private long paymentsOfClient() throws Exception {
        return asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).total();
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private List<MimeMessage> receipts() throws Exception {
        return smtp.receivedFor(billingEmail);
    }

    private static String pdfTextOf(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                part.getInputStream().transferTo(content);
                try (PDDocument document = Loader.loadPDF(content.toByteArray())) {
                    return part.getFileName() + "\n" + new PDFTextStripper().getText(document);
                }
            }
        }
        throw new AssertionError("No PDF attached to " + mail.getSubject());
    }

    @Test
    void aPaymentWhoseFirstAttemptFailsIsRedeliveredAndRecordedOnceWithOneReceipt() throws Exception {
        long invoiceId = issuedInvoice(clientId, "100.00");
        String number = invoice(invoiceId).getNumber();
        String eventId = newEventId();
        String body = succeeded(eventId, invoiceId, 10_000);

        // Hold the invoice's row lock past the database's lock wait (10 s): the first attempt times out.
        try (Connection blocker = dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("SELECT id FROM invoices WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, invoiceId);
                try (ResultSet locked = lock.executeQuery()) {
                    assertTrue(locked.next());
                }
            }
            assertEquals(200, deliver(body).statusCode());
            GatewayEventRow failedOnce = Eventually.until(PATIENCE, () -> row(eventId), r -> r.failures() >= 1);
            assertEquals(GatewayEventStatus.RECEIVED, failedOnce.status());
            assertTrue(failedOnce.lastError().contains("Lock wait timeout"), failedOnce.lastError());
            assertEquals(0, paymentsOfClient());
            blocker.rollback(); // the cause is gone: the redelivery gets the lock
        }

        GatewayEventRow processed = waitForStatus(eventId, GatewayEventStatus.PROCESSED);
        assertEquals(1, processed.failures());
        assertEquals(number, processed.invoices());
        assertEquals(1, paymentsOfClient());
        assertEquals(InvoiceStatus.PAID, invoice(invoiceId).getStatus());

        // A second delivery of the webhook is answered, counted, and changes nothing.
        HttpResponse<String> again = deliver(body);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"duplicate\":true"), again.body());
        assertEquals(1, row(eventId).duplicates());

        List<MimeMessage> mails = Eventually.until(PATIENCE, this::receipts, m -> !m.isEmpty());
        Thread.sleep(2_000); // a second receipt would have arrived by now
        assertEquals(1, receipts().size());
        assertEquals("Receipt for invoice " + number, mails.get(0).getSubject());
        String text = pdfTextOf(mails.get(0));
        assertTrue(text.contains("RCPT-"), text);
        assertTrue(text.contains("100.00 EUR"), text);
        assertTrue(text.contains(number), text);
        assertEquals(1, paymentsOfClient());
    }

    @Test
    void concurrentDeliveriesOfOneWebhookMakeOnePaymentAndCountAsDuplicates() throws Exception {
        long invoiceId = issuedInvoice(clientId, "30.00");
        String eventId = newEventId();
        String body = succeeded(eventId, invoiceId, 3_000);
        java.util.concurrent.ExecutorService gateway = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(gateway.submit(() -> deliver(body)));
            }
            for (java.util.concurrent.Future<HttpResponse<String>> response : sent) {
                assertEquals(200, response.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
        } finally {
            gateway.shutdown();
        }
        GatewayEventRow row = waitForStatus(eventId, GatewayEventStatus.PROCESSED);
        assertEquals(3, row.duplicates());
        assertEquals(1, paymentsOfClient());
        Eventually.until(PATIENCE, this::receipts, m -> !m.isEmpty());
        Thread.sleep(1_500);
        assertEquals(1, receipts().size());
    }

    @Test
    void anEventThatFailsEveryAttemptIsParkedFailedWithWhyAndARetryProcessesItOnce() throws Exception {
        long invoiceId = issuedInvoice(clientId, "80.00");
        // The database refuses this client's payments, on every attempt, until the trigger is dropped.
        sql("CREATE TRIGGER it_ledger_closed BEFORE INSERT ON payments FOR EACH ROW BEGIN"
                + " IF NEW.client_id = " + clientId + " THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Ledger closed for the year-end audit'; END IF; END");
        String eventId = newEventId();
        assertEquals(200, deliver(succeeded(eventId, invoiceId, 8_000)).statusCode());

        GatewayEventRow failed = waitForStatus(eventId, GatewayEventStatus.FAILED);
        int attempts = Integer.parseInt(System.getenv().getOrDefault("CRMIR_JMS_MAX_DELIVERY_ATTEMPTS", "3"));
        assertEquals(attempts, failed.failures());
        assertTrue(failed.outcome().contains("Ledger closed for the year-end audit"), failed.outcome());
        assertTrue(failed.outcome().startsWith("Failed after " + attempts + " attempts"), failed.outcome());
        assertTrue(failed.retryable(Instant.now()));
        assertEquals(0, paymentsOfClient());
        assertEquals(InvoiceStatus.ISSUED, invoice(invoiceId).getStatus());

        sql("DROP TRIGGER it_ledger_closed");
        asFinance.call(() -> reconciliation.retry(failed.id()));
        GatewayEventRow processed = waitForStatus(eventId, GatewayEventStatus.PROCESSED);
        assertNotNull(processed.paymentId());
        assertEquals(1, paymentsOfClient());
        assertEquals(InvoiceStatus.PAID, invoice(invoiceId).getStatus());
        // Processed is final: a second retry is refused and changes nothing.
        assertThrows(RuleViolationException.class, () -> asFinance.call(() -> reconciliation.retry(failed.id())));
        Thread.sleep(1_000);
        assertEquals(1, paymentsOfClient());
        assertTrue(asFinance.call(() -> reconciliation.payload(failed.id())).contains(eventId));
    }

    @Test
    void aManualPaymentEmailsOneReceiptWhosePdfShowsTheAmountAndTheInvoices() throws Exception {
        long first = issuedInvoice(clientId, "70.00");
        long second = issuedInvoice(clientId, "50.00");
        String firstNumber = invoice(first).getNumber();
        String secondNumber = invoice(second).getNumber();
        Payment payment = asFinance.call(() -> payments.record(clientId, Money.of("150.00", "EUR"),
                PaymentMethod.BANK_TRANSFER, "SEPA-4711", LocalDate.now(ZoneOffset.UTC), true));

        List<MimeMessage> mails = Eventually.until(PATIENCE, this::receipts, m -> !m.isEmpty());
        String text = pdfTextOf(mails.get(0));
        assertTrue(text.contains(String.format("RCPT-%06d.pdf", payment.getId())), text);
        assertTrue(text.contains("150.00 EUR"), text);
        assertTrue(text.contains(firstNumber) && text.contains(secondNumber), text);
        assertTrue(text.contains("SEPA-4711"), text);
        assertTrue(text.contains("30.00 EUR"), "the credit left: " + text);
        assertEquals("Receipt for invoices " + firstNumber + ", " + secondNumber, mails.get(0).getSubject());
    }

    @Test
    void aClientWithoutEmailGetsNoReceiptButThePaymentStandsAndTheHistoryNotesIt() throws Exception {
        long silent = fixtures.client("Quiet Co");
        Payment payment = asFinance.call(() -> payments.record(silent, Money.of("20.00", "EUR"), PaymentMethod.CASH,
                null, LocalDate.now(ZoneOffset.UTC), false));
        assertEquals(Money.of("20.00", "EUR"), asViewer.call(() -> payments.find(payment.getId())).getUnallocated());
        // the receipt step runs after the payment's commit: its note arrives a moment later
        List<InteractionRow> history = Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.timeline(
                silent, HistoryFilter.none(), PageRequest.first(10))).items(),
                rows -> rows.stream().anyMatch(r -> r.subject().contains("not emailed")));
        assertEquals(1, history.stream().filter(r -> r.subject().contains("not emailed")).count(), history.toString());
    }

    @Test
    void unallocatedMoneyIsAppliedFromThePageToAChosenInvoiceThenOldestDueFirst() throws Exception {
        Payment payment = asFinance.call(() -> payments.record(clientId, Money.of("150.00", "EUR"),
                PaymentMethod.BANK_TRANSFER, "early", LocalDate.now(ZoneOffset.UTC), false));
        long older = issuedInvoice(clientId, "60.00");
        long newer = issuedInvoice(clientId, "40.00");
        Receivables before = eur(asFinance.call(() -> reconciliation.receivables()));

        UnallocatedPayment listed = asFinance.call(() -> reconciliation.unallocated("EUR", PageRequest.first(200)))
                .items().stream().filter(u -> u.paymentId() == payment.getId()).findFirst().orElseThrow();
        assertEquals(Money.of("150.00", "EUR"), listed.unallocated());
        assertEquals(2, asFinance.call(() -> reconciliation.openInvoicesFor(payment.getId())).size());

        asFinance.call(() -> reconciliation.allocateTo(payment.getId(), newer, new BigDecimal("25.00")));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice(newer).getStatus());
        Payment rest = asFinance.call(() -> reconciliation.allocateOldestFirst(payment.getId()));
        assertEquals(Money.of("50.00", "EUR"), rest.getUnallocated());
        assertEquals(InvoiceStatus.PAID, invoice(older).getStatus());
        assertEquals(InvoiceStatus.PAID, invoice(newer).getStatus());

        Receivables after = eur(asFinance.call(() -> reconciliation.receivables()));
        assertEquals(before.outstanding().minus(Money.of("100.00", "EUR")), after.outstanding());
        assertTrue(asFinance.call(() -> reconciliation.unallocated("EUR", PageRequest.first(200))).items().stream()
                .anyMatch(u -> u.paymentId() == payment.getId() && u.unallocated().equals(Money.of("50.00", "EUR"))));
        assertThrows(org.crmir.shared.InvalidInputException.class, () -> asFinance.call(() ->
                reconciliation.allocateTo(payment.getId(), older, new BigDecimal("5.00"))));
    }

    private static Receivables eur(List<Receivables> figures) {
        return figures.stream().filter(r -> r.currency().equals("EUR")).findFirst()
                .orElse(new Receivables("EUR", Money.zero("EUR"), Money.zero("EUR"), Money.zero("EUR")));
    }

    @Test
    void financeSeesThePageWithTheEventsOutcomeAndTheReceiptPdfWhileSalesIsTurnedAway() throws Exception {
        String eventId = newEventId();
        assertEquals(200, deliver(succeeded(eventId, 987_654_321L, 1_234)).statusCode());
        waitForStatus(eventId, GatewayEventStatus.REJECTED);
        Payment payment = asFinance.call(() -> payments.record(clientId, Money.of("12.34", "EUR"),
                PaymentMethod.CASH, "till 3", LocalDate.now(ZoneOffset.UTC), false));

        HttpClient finance = WebSession.signedIn(AsFinance.USERNAME);
        String page = WebSession.page(finance, "/finance/reconciliation.xhtml", 200);
        assertTrue(page.contains(eventId), page);
        assertTrue(page.contains(">Rejected<") && page.contains("No invoice 987654321"), page);
        assertTrue(page.contains("id=\"nav:menuReconciliation\""), page);
        // 202 "being prepared" until the receipt step has run after the payment's commit, then the PDF
        HttpResponse<byte[]> pdf = Eventually.until(PATIENCE, () -> finance.send(HttpRequest.newBuilder(
                URI.create(Http.base() + "/pdf/receipt/" + payment.getId())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()), r -> r.statusCode() != 202);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("12.34 EUR"));
        }

        HttpClient sales = WebSession.signedIn("it-sales");
        assertEquals(403, sales.send(HttpRequest.newBuilder(URI.create(Http.base() + "/finance/reconciliation.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(!WebSession.page(sales, "/clients.xhtml", 200).contains("menuReconciliation"));
    }

    @Test
    void salesAndViewersAreRefused() {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> reconciliation.events(
                GatewayEventFilter.none(), PageRequest.first(10))));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> reconciliation.receivables()));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> reconciliation.retry(1L)));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> reconciliation.unallocated(null,
                PageRequest.first(10))));
    }
}
