package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.identity.Role;
import org.crmir.payment.ReceiptPdfService.ReceiptState;
import org.crmir.shared.Money;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receipt step after a payment commits, in the real server: a receipt message delivered again makes no second
 * receipt, number or email; a receipt that cannot be prepared leaves the payment recorded, is attempted again by
 * the broker, logged once per attempt under a correlation id, shown FAILED with why, and made once after a retry.
 * The failure is real: a trigger through which the database refuses the receipt.
 */
@ExtendWith(ArquillianExtension.class)
class ReceiptStepIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @EJB
    PaymentService payments;

    @EJB
    ReceiptPdfService receipts;

    @EJB
    ClientService clients;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    Fixtures fixtures;

    private final MailServer smtp = new MailServer();
    private long clientId;
    private String billingEmail;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        clientId = fixtures.client("Receipt Co");
        billingEmail = Fixtures.emailAddress("billing", "receipt.example");
        asSales.call(() -> clients.addContact(clientId, new Contact("Rita Receipts", "Accounts", billingEmail, null)));
    }

    @AfterEach
    void tearDown() throws Exception {
        smtp.stop();
        sql("DROP TRIGGER IF EXISTS it_receipt_refused");
    }

    private Payment pay(String amount) throws Exception {
        return asFinance.call(() -> payments.record(clientId, Money.of(amount, "EUR"), PaymentMethod.BANK_TRANSFER,
                "SEPA-" + Fixtures.unique(), LocalDate.now(ZoneOffset.UTC), false));
    }

    private ReceiptState state(long paymentId) throws Exception {
        return asFinance.call(() -> receipts.state(paymentId));
    }

    private ReceiptState waitFor(long paymentId, ReceiptStatus status) throws Exception {
        return Eventually.until(PATIENCE, () -> state(paymentId), s -> s.status() == status);
    }

    @Test
    void aRedeliveredReceiptMessageMakesNoSecondReceiptNumberOrEmail() throws Exception {
        Payment payment = pay("45.00");
        long id = payment.getId();
        waitFor(id, ReceiptStatus.READY);
        Eventually.until(PATIENCE, () -> smtp.receivedFor(billingEmail), m -> !m.isEmpty());
        byte[] first = asFinance.call(() -> receipts.receiptPdf(id)).content();
        String preparedAt = text("SELECT CAST(prepared_at AS CHAR) FROM payment_receipts WHERE payment_id = " + id);

        // The same message twice more, as the broker delivers it again after a lost acknowledgement.
        deliverAgain(id);
        deliverAgain(id);
        Eventually.until(PATIENCE, this::receiptsQueued, n -> n == 0);
        Thread.sleep(2_000); // a second receipt's email would have been sent by now

        List<MimeMessage> mails = smtp.receivedFor(billingEmail);
        assertEquals(1, mails.size());
        assertEquals(1, number("SELECT COUNT(*) FROM payment_receipts WHERE payment_id = " + id));
        assertEquals(1, number("SELECT COUNT(*) FROM interactions WHERE client_id = " + clientId
                + " AND subject LIKE 'Receipt%'"));
        assertEquals(preparedAt, text("SELECT CAST(prepared_at AS CHAR) FROM payment_receipts WHERE payment_id = "
                + id), "prepared once");
        assertArrayEquals(first, asFinance.call(() -> receipts.receiptPdf(id)).content());
        assertEquals(String.format("RCPT-%06d", id), state(id).number());
        assertTrue(mails.get(0).getSubject().startsWith("Receipt for payment RCPT-"), mails.get(0).getSubject());
    }

    @Test
    void aPaymentCommitsWhenItsReceiptCannotBePreparedAndTheReceiptIsMadeOnceAfterARetry() throws Exception {
        // The database refuses this client's receipts, on every attempt, until the trigger is dropped.
        sql("CREATE TRIGGER it_receipt_refused BEFORE UPDATE ON payment_receipts FOR EACH ROW BEGIN"
                + " IF NEW.status = 'READY' AND (SELECT client_id FROM payments WHERE id = NEW.payment_id) = "
                + clientId + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Receipt printer out of paper';"
                + " END IF; END");
        Payment payment = pay("60.00");
        long id = payment.getId();
        assertEquals(1, number("SELECT COUNT(*) FROM payments WHERE id = " + id), "the payment is recorded");

        ReceiptState failed = waitFor(id, ReceiptStatus.FAILED);
        int attempts = Integer.parseInt(System.getenv().getOrDefault("CRMIR_JMS_MAX_DELIVERY_ATTEMPTS", "3"));
        assertEquals(attempts, number("SELECT failures FROM payment_receipt_attempts WHERE payment_id = " + id));
        String correlationId = text("SELECT correlation_id FROM payment_receipt_attempts WHERE payment_id = " + id);
        assertTrue(failed.failure().contains("Receipt printer out of paper"), failed.failure());
        assertTrue(failed.words().contains("reference " + correlationId), failed.words());
        assertEquals(1, logLinesWith("[" + correlationId + "]"), "the last attempt is logged once, under its id");

        String token = fixtures.apiToken(Role.FINANCE, "receipts-" + Fixtures.unique());
        HttpResponse<String> refused = Http.send("GET", "/api/v1/payments/" + id + "/receipt", token, null);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Receipt printer out of paper"), refused.body());
        assertEquals(0, smtp.receivedFor(billingEmail).size());

        sql("DROP TRIGGER it_receipt_refused");
        HttpResponse<String> retried = Http.send("POST", "/api/v1/payments/" + id + "/receipt", token, null);
        assertEquals(202, retried.statusCode(), retried.body());
        waitFor(id, ReceiptStatus.READY);
        HttpResponse<String> pdf = Http.send("GET", "/api/v1/payments/" + id + "/receipt", token, null);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Eventually.until(PATIENCE, () -> smtp.receivedFor(billingEmail), m -> !m.isEmpty());
        Thread.sleep(1_500);
        assertEquals(1, smtp.receivedFor(billingEmail).size());
    }

    @Test
    void aReceiptWhoseMessageWasLostIsQueuedAgainOnce() throws Exception {
        long id = pay("75.00").getId();
        waitFor(id, ReceiptStatus.READY);
        Eventually.until(PATIENCE, () -> smtp.receivedFor(billingEmail), m -> !m.isEmpty());
        Eventually.until(PATIENCE, this::receiptsQueued, n -> n == 0);
        assertEquals(0, asFinance.call(() -> receipts.requeueLost()), "nothing is lost");

        // What a crash between the database's commit and the queue's leaves: a receipt being prepared, no message.
        sql("UPDATE payment_receipts SET status = 'PREPARING', pdf = NULL, prepared_at = NULL WHERE payment_id = " + id);
        assertEquals(ReceiptStatus.PREPARING, state(id).status());
        assertEquals(1, asFinance.call(() -> receipts.requeueLost()));
        assertEquals(ReceiptStatus.READY, waitFor(id, ReceiptStatus.READY).status());
        assertEquals(String.format("RCPT-%06d", id), state(id).number());
        assertEquals(0, asFinance.call(() -> receipts.requeueLost()));
    }

    private static void deliverAgain(long paymentId) throws Exception {
        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Queue queue = InitialContext.doLookup("java:/jms/queue/crm.receipts");
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().setProperty("kind", "receipt").setProperty("paymentId", paymentId)
                    .send(queue, String.format("RCPT-%06d", paymentId));
        }
    }

    private int receiptsQueued() throws Exception {
        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Queue queue = InitialContext.doLookup("java:/jms/queue/crm.receipts");
        try (JMSContext jms = factory.createContext(); QueueBrowser browser = jms.createBrowser(queue)) {
            return java.util.Collections.list(browser.getEnumeration()).size();
        }
    }

    private static long logLinesWith(String text) throws Exception {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static long number(String query) throws Exception {
        return Long.parseLong(text(query));
    }

    private static String text(String query) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
