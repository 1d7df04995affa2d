package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.ReceiptPdfService.ReceiptState;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.FacesForms;
import org.crmir.support.Fixtures;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A payment's receipt where the client and invoice pages list payments, as a user reads them over HTTP: a link
 * once it is ready, "Receipt being prepared" (no link) while it is made, and why it failed with "Prepare again"
 * for finance, which prepares it again and says so; the service refuses the retry to anyone else.
 */
@ExtendWith(ArquillianExtension.class)
class ReceiptPagesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String FAILURE = "Receipt printer out of paper (reference it-receipt-1)";
    /** The confirmation (the growl's script escapes the hyphen of the receipt's number before it). */
    private static final String CONFIRMED = "is being prepared again; it is emailed to the client once it is ready.";

    @EJB
    PaymentService payments;

    @EJB
    ReceiptPdfService receipts;

    @EJB
    InvoiceService invoices;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    Fixtures fixtures;

    private long clientId;
    private long invoiceId;
    private long paymentId;
    private long refundId;
    private String number;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        clientId = fixtures.client("Receipt Pages Co");
        invoiceId = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Printing",
                BigDecimal.ONE, null, new BigDecimal("80.00"), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(invoiceId));
        // Money on account, part of it refunded: the refund is listed with the payments and has no receipt.
        long onAccount = asFinance.call(() -> payments.record(clientId, Money.of("10.00", "EUR"),
                PaymentMethod.BANK_TRANSFER, "ACCOUNT-" + Fixtures.unique(), LocalDate.now(ZoneOffset.UTC), false))
                .getId();
        refundId = asFinance.call(() -> payments.refund(onAccount, Money.of("4.00", "EUR"), "Overpaid")).getId();
        paymentId = asFinance.call(() -> payments.recordForInvoice(invoiceId, Money.of("30.00", "EUR"),
                PaymentMethod.BANK_TRANSFER, "PAGES-" + Fixtures.unique(), LocalDate.now(ZoneOffset.UTC))).getId();
        number = waitFor(ReceiptStatus.READY).number();
    }

    @Test
    void theClientPageLinksAReadyReceiptSaysOneIsBeingPreparedAndPreparesAFailedOneAgain() throws Exception {
        HttpClient finance = WebSession.signedIn("it-finance");
        String ready = clientPage(finance);
        assertTrue(ready.contains("id=\"payments:paymentTable:0:receipt\""), ready);
        assertTrue(ready.contains("data-ri=\"2\""), "the payment, the refund and the money on account: " + ready);
        assertFalse(ready.contains("/pdf/receipt/" + refundId + "\""), "a refund has no receipt");
        assertTrue(asFinance.call(() -> receipts.receiptOf(refundId)).isEmpty(), "no receipt for a refund");
        assertTrue(ready.contains(">" + number + "</a>"), "the receipt's number links its PDF");

        setStatus("PREPARING", null);
        String preparing = clientPage(finance);
        assertTrue(preparing.contains("Receipt being prepared"), preparing);
        assertFalse(preparing.contains("id=\"payments:paymentTable:0:receipt\""), "no link to a PDF not made yet");

        setStatus("FAILED", FAILURE);
        String failed = clientPage(finance);
        assertTrue(failed.contains("Receipt " + number + " could not be prepared (reference it-receipt-1)"), failed);
        assertTrue(failed.contains(": " + FAILURE), "finance reads why: " + failed);
        assertTrue(failed.contains("payments:paymentTable:0:prepareAgain"), "finance may prepare it again");
        HttpClient salesBrowser = WebSession.signedIn("it-sales");
        String sales = clientPage(salesBrowser);
        assertTrue(sales.contains("Receipt " + number + " could not be prepared (reference it-receipt-1)"), sales);
        assertFalse(sales.contains("out of paper"), "the technical reason is for finance and administrators");
        // Sales post the button anyway: nothing happens.
        HttpResponse<String> refused = FacesForms.submit(salesBrowser, "/client.xhtml?id=" + clientId, sales,
                "payments", Map.of(), "paymentTable:0:prepareAgain");
        assertFalse(refused.body().contains(CONFIRMED), refused.body());
        assertEquals(ReceiptStatus.FAILED, asFinance.call(() -> receipts.state(paymentId)).status(),
                "still failed after the post of sales");
        assertFalse(sales.contains("prepareAgain"), "sales do not record payments, nor prepare receipts");

        HttpResponse<String> again = FacesForms.submit(finance, "/client.xhtml?id=" + clientId, failed, "payments",
                Map.of(), "paymentTable:0:prepareAgain");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains(CONFIRMED), again.body());
        assertTrue(again.body().contains("Receipt being prepared"), again.body());
        // A second click from the page as it was (another tab): answered, not dropped.
        HttpResponse<String> twice = FacesForms.submit(finance, "/client.xhtml?id=" + clientId, failed, "payments",
                Map.of(), "paymentTable:0:prepareAgain");
        assertTrue(twice.body().contains("only a receipt that could not be prepared is prepared again."),
                twice.body());
        waitFor(ReceiptStatus.READY);
        assertTrue(clientPage(finance).contains(">" + number + "</a>"), "ready again, linked");
    }

    @Test
    void theInvoicePageSaysTheSameAndOnlyFinancePreparesAgain() throws Exception {
        HttpClient finance = WebSession.signedIn("it-finance");
        setStatus("PREPARING", null);
        String preparing = invoicePage(finance);
        assertTrue(preparing.contains("Receipt being prepared"), preparing);
        assertFalse(preparing.contains("id=\"invoice:allocations:0:receipt\""), preparing);

        setStatus("FAILED", FAILURE);
        // The service decides, whatever a page shows: sales cannot prepare it again.
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> receipts.retry(paymentId)));
        String failed = invoicePage(finance);
        assertTrue(failed.contains("could not be prepared (reference it-receipt-1)"), failed);
        assertTrue(failed.contains(": " + FAILURE), failed);
        HttpResponse<String> again = FacesForms.submit(finance, "/invoice.xhtml?id=" + invoiceId, failed, "invoice",
                Map.of(), "allocations:0:prepareAgain");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains(CONFIRMED), again.body());
        assertTrue(again.body().contains("Receipt being prepared"), again.body());
        waitFor(ReceiptStatus.READY);
        String ready = invoicePage(finance);
        assertTrue(ready.contains("id=\"invoice:allocations:0:receipt\""), ready);
        assertTrue(ready.contains("Receipt " + number), ready);
    }

    /** The client's page as the browser shows it: the page, then its payments, which load right after it. */
    private String clientPage(HttpClient browser) throws Exception {
        String path = "/client.xhtml?id=" + clientId;
        String page = WebSession.page(browser, path, 200);
        assertFalse(page.contains("id=\"payments:paymentTable\""), "the payments load after the page");
        return page + FacesForms.loadDeferred(browser, path, page, "payments", "payments:paymentRows");
    }

    private String invoicePage(HttpClient browser) throws Exception {
        return WebSession.page(browser, "/invoice.xhtml?id=" + invoiceId, 200);
    }

    private ReceiptState waitFor(ReceiptStatus status) throws Exception {
        return Eventually.until(PATIENCE, () -> asFinance.call(() -> receipts.state(paymentId)),
                s -> s.status() == status);
    }

    /** The receipt as the preparation leaves it while it runs, or after its last attempt failed. */
    private void setStatus(String status, String failure) throws Exception {
        try (Connection connection = ((DataSource) InitialContext.doLookup("java:jboss/datasources/CrmDS"))
                .getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE payment_receipts SET status = '" + status + "', failure = "
                    + (failure == null ? "NULL" : "'" + failure + "'") + " WHERE payment_id = " + paymentId);
        }
    }
}
