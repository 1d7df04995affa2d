package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.LineInput;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stripe webhooks over real HTTP, signed with the endpoint secret as Stripe signs them: verified before anything
 * is stored, stored and queued before the 200, and turned into exactly one payment by the MDB.
 */
@ExtendWith(ArquillianExtension.class)
class StripeWebhookIT {

    private static final String SECRET = System.getenv().getOrDefault("CRMIR_STRIPE_WEBHOOK_SECRET",
            "whsec_crmir_test_only");

    @EJB
    GatewayIntake intake;

    @EJB
    PaymentService payments;

    @EJB
    InvoiceService invoices;

    @EJB
    ClientService clients;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    TestUsers testUsers;

    private long clientId;
    private long invoiceId;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.ensure();
        Client client = new Client(ClientKind.COMPANY, "Card Co " + UUID.randomUUID().toString().substring(0, 8));
        client.setCurrency("EUR");
        clientId = asSales.call(() -> clients.create(client, null).getId());
        invoiceId = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Subscription",
                BigDecimal.ONE, null, new BigDecimal("100.00"), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(invoiceId));
    }

    private static String succeeded(String eventId, String invoice, long cents) {
        return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"id\":\"pi_" + eventId + "\",\"object\":\"payment_intent\","
                + "\"amount\":" + cents + ",\"amount_received\":" + cents + ",\"currency\":\"eur\","
                + "\"metadata\":{\"invoice_id\":\"" + invoice + "\"}}}}";
    }

    private static HttpResponse<String> deliver(String body, String signature) {
        return Http.send("POST", "/api/webhooks/stripe", null, body, "application/json; charset=utf-8",
                signature == null ? java.util.Map.of() : java.util.Map.of("Stripe-Signature", signature));
    }

    private static String signedNow(String body) {
        return StripeSignature.header(body, SECRET, Instant.now().getEpochSecond());
    }

    private GatewayEvent eventuallyDone(String eventId) throws Exception {
        return Eventually.until(Duration.ofSeconds(30), () -> intake.find("stripe", eventId).orElseThrow(),
                e -> !e.isPending());
    }

    @Test
    void fiveConcurrentDeliveriesOfOneEventMakeOnePayment() throws Exception {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String body = succeeded(eventId, String.valueOf(invoiceId), 10_000);
        ExecutorService gateway = Executors.newFixedThreadPool(5);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(gateway.submit(() -> deliver(body, signedNow(body))));
        }
        for (Future<HttpResponse<String>> response : sent) {
            HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
        }
        gateway.shutdown();

        GatewayEvent event = eventuallyDone(eventId);
        assertEquals(GatewayEventStatus.PROCESSED, event.getStatus(), event.getOutcome());
        assertEquals(InvoiceStatus.PAID, asViewer.call(() -> invoices.find(invoiceId)).getStatus());
        assertEquals(1, asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).total());
        assertEquals(event.getPaymentId(), asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(1)))
                .items().get(0).getId());

        HttpResponse<String> later = deliver(body, signedNow(body));
        assertEquals(200, later.statusCode());
        assertTrue(later.body().contains("\"duplicate\":true"), later.body());
    }

    @Test
    void aBadOrStaleSignatureIsRefusedAndNothingIsStored() {
        String eventId = "evt_bad_" + UUID.randomUUID().toString().substring(0, 8);
        String body = succeeded(eventId, String.valueOf(invoiceId), 10_000);
        HttpResponse<String> forged = deliver(body, StripeSignature.header(body, "whsec_not_ours",
                Instant.now().getEpochSecond()));
        assertEquals(400, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> stale = deliver(body, StripeSignature.header(body, SECRET,
                Instant.now().minusSeconds(600).getEpochSecond()));
        assertEquals(400, stale.statusCode());
        assertEquals(400, deliver(body, null).statusCode());
        assertTrue(intake.find("stripe", eventId).isEmpty());
    }

    @Test
    void anEventForAnUnknownInvoiceIsStoredAsRejectedWithTheReason() throws Exception {
        String eventId = "evt_unknown_" + UUID.randomUUID().toString().substring(0, 8);
        String body = succeeded(eventId, "987654321", 5_000);
        assertEquals(200, deliver(body, signedNow(body)).statusCode());
        GatewayEvent event = eventuallyDone(eventId);
        assertEquals(GatewayEventStatus.REJECTED, event.getStatus());
        assertTrue(event.getOutcome().contains("987654321"), event.getOutcome());
        assertEquals(InvoiceStatus.ISSUED, asViewer.call(() -> invoices.find(invoiceId)).getStatus());
    }
}
