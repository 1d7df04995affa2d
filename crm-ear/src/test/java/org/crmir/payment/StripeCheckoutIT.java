package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.invoice.InvoicePdfService;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Http;
import org.crmir.support.MailServer;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Card payment of an invoice through its pay link, against a local Stripe over real HTTP (FakeStripe): the
 * Checkout Session as Stripe receives it, one session per open amount, the signed webhooks back, the invoice
 * PAID with one payment, a declined card, partial refunds that reopen the invoice, and a pay link that is wrong.
 */
@ExtendWith(ArquillianExtension.class)
class StripeCheckoutIT {

    @EJB
    PayLinkService payLinks;

    @EJB
    StripeCheckout checkout;

    @EJB
    PaymentRequests requests;

    @EJB
    GatewayIntake intake;

    @EJB
    PaymentService payments;

    @EJB
    InvoiceService invoices;

    @EJB
    ClientService clients;

    @EJB
    InvoicePdfService pdfs;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    TestUsers testUsers;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private FakeStripe stripe;
    private long clientId;
    private long invoiceId;
    private String number;
    private String token;
    private String email;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.ensure();
        stripe = new FakeStripe().start();
        email = "ap." + UUID.randomUUID().toString().substring(0, 8) + "@card.example";
        Client client = new Client(ClientKind.COMPANY, "Card Payer " + UUID.randomUUID().toString().substring(0, 8));
        client.setCurrency("EUR");
        clientId = asSales.call(() -> clients.create(client, null).getId());
        asSales.call(() -> clients.addContact(clientId, new Contact("Ada Payable", "AP", email, null)));
        invoiceId = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Annual support",
                BigDecimal.ONE, null, new BigDecimal("100.00"), null, null)), null, null).getId());
        Invoice issued = asFinance.call(() -> invoices.issue(invoiceId));
        number = issued.getNumber();
        token = issued.getPayToken();
    }

    @AfterEach
    void tearDown() {
        stripe.stop();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private Invoice invoice() throws Exception {
        return asViewer.call(() -> invoices.find(invoiceId));
    }

    private PaymentRequest cardRequest() {
        return requests.latest(invoiceId, PaymentRequests.STRIPE).orElseThrow();
    }

    private String sessionIdOf(String hostedPage) {
        return hostedPage.substring(hostedPage.lastIndexOf('/') + 1);
    }

    /** The payer submits the hosted page's form with a card number; returns Stripe's answer. */
    private HttpResponse<String> submitCard(String hostedPage, String card) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hostedPage)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=" + card)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> refundAtStripe(String paymentIntent, long cents) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + FakeStripe.PORT + "/v1/refunds"))
                .header("Authorization", "Bearer " + FakeStripe.SECRET_KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("payment_intent=" + paymentIntent + "&amount=" + cents))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private GatewayEvent processed(String eventId) throws Exception {
        assertTrue(eventId != null, "the fake sent no such event");
        return Eventually.until(Duration.ofSeconds(30), () -> intake.find("stripe", eventId),
                e -> e.isPresent() && !e.get().isPending()).get();
    }

    private String payInFull() throws Exception {
        String page = checkout.payByCard(token);
        HttpResponse<String> paid = submitCard(page, "4242424242424242");
        assertEquals(303, paid.statusCode(), paid.body());
        Eventually.until(Duration.ofSeconds(30), this::invoice, i -> i.getStatus() == InvoiceStatus.PAID);
        return stripe.session(sessionIdOf(page)).paymentIntent;
    }

    @Test
    void thePayLinkShowsWhatIsDueAndTheCheckoutSessionCarriesTheInvoice() throws Exception {
        PublicInvoice view = payLinks.publicView(token);
        assertEquals(number, view.number());
        assertTrue(view.clientName().startsWith("Card Payer "));
        assertEquals(eur("100.00"), view.amountDue());
        assertEquals(eur("0.00"), view.paid());
        assertEquals(InvoiceStatus.ISSUED, view.status());
        assertTrue(view.cardAvailable());
        assertTrue(view.isPayable());

        HttpResponse<String> page = Http.send("GET", "/public/pay.xhtml?token=" + token, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Invoice " + number), page.body());
        assertTrue(page.body().contains("100.00 EUR"), page.body());
        assertTrue(page.body().contains("Pay 100.00 EUR by card"), page.body());

        String hosted = checkout.payByCard(token);
        assertTrue(hosted.startsWith("http://127.0.0.1:" + FakeStripe.PORT + "/c/pay/cs_test_"), hosted);
        assertEquals(1, stripe.createRequests().size());
        FakeStripe.CreateRequest sent = stripe.createRequests().get(0);
        PaymentRequest request = cardRequest();
        assertEquals(PaymentRequestStatus.PENDING, request.getStatus());
        assertEquals(request.getIdempotencyKey(), sent.idempotencyKey());
        assertEquals(sessionIdOf(hosted), request.getExternalId());
        Map<String, String> form = sent.form();
        assertEquals("payment", form.get("mode"));
        assertEquals("eur", form.get("line_items[0][price_data][currency]"));
        assertEquals("10000", form.get("line_items[0][price_data][unit_amount]"));
        assertEquals("1", form.get("line_items[0][quantity]"));
        assertTrue(form.get("line_items[0][price_data][product_data][name]").contains(number));
        assertEquals(String.valueOf(invoiceId), form.get("metadata[invoice_id]"));
        assertEquals(String.valueOf(invoiceId), form.get("payment_intent_data[metadata][invoice_id]"));
        assertEquals(String.valueOf(request.getId()), form.get("payment_intent_data[metadata][payment_request_id]"));
        assertEquals("http://127.0.0.1:8180/crmir/public/pay.xhtml?token=" + token + "&paid=1", form.get("success_url"));
        FakeStripe.Session session = stripe.session(sessionIdOf(hosted));
        assertEquals(10_000, session.amount);
        assertEquals(String.valueOf(invoiceId), session.metadata.get("invoice_id"));

        assertEquals(hosted, checkout.payByCard(token), "a second click goes to the same session");
        assertEquals(1, stripe.createRequests().size(), "and Stripe is not asked again");
        assertEquals(1, stripe.sessions().size());
    }

    @Test
    void twoClicksAtOnceMakeOneCheckoutSession() throws Exception {
        ExecutorService payers = Executors.newFixedThreadPool(2);
        List<Future<String>> clicks = List.of(payers.submit(() -> checkout.payByCard(token)),
                payers.submit(() -> checkout.payByCard(token)));
        String first = clicks.get(0).get(60, TimeUnit.SECONDS);
        String second = clicks.get(1).get(60, TimeUnit.SECONDS);
        payers.shutdown();
        assertEquals(first, second);
        assertEquals(1, stripe.sessions().size());
        assertTrue(stripe.createRequests().stream().allMatch(r -> r.idempotencyKey().equals(
                stripe.createRequests().get(0).idempotencyKey())), "a resent request carries the same key");
    }

    @Test
    void payingOnTheHostedPageMarksTheInvoicePaidWithOnePayment() throws Exception {
        String hosted = checkout.payByCard(token);
        HttpResponse<String> paid = submitCard(hosted, "4242 4242 4242 4242".replace(" ", "+"));
        assertEquals(303, paid.statusCode(), paid.body());
        assertEquals("http://127.0.0.1:8180/crmir/public/pay.xhtml?token=" + token + "&paid=1",
                paid.headers().firstValue("Location").orElse(""));

        Invoice settled = Eventually.until(Duration.ofSeconds(30), this::invoice,
                i -> i.getStatus() == InvoiceStatus.PAID);
        assertEquals(eur("0.00"), settled.getBalance());
        String intent = stripe.session(sessionIdOf(hosted)).paymentIntent;
        GatewayEvent succeeded = processed(stripe.lastEventOf("payment_intent.succeeded"));
        GatewayEvent completed = processed(stripe.lastEventOf("checkout.session.completed"));
        assertEquals(GatewayEventStatus.PROCESSED, succeeded.getStatus(), succeeded.getOutcome());
        assertEquals(GatewayEventStatus.PROCESSED, completed.getStatus(), completed.getOutcome());
        assertNull(completed.getPaymentId(), "the completed session records no second payment");
        assertEquals(PaymentRequestStatus.SUCCEEDED, cardRequest().getStatus());

        List<Payment> recorded = asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).items();
        assertEquals(1, recorded.size());
        assertEquals(eur("100.00"), recorded.get(0).getAmount());
        assertEquals(PaymentMethod.CARD, recorded.get(0).getMethod());
        assertEquals("stripe " + intent, recorded.get(0).getReference());
        assertEquals(succeeded.getPaymentId(), recorded.get(0).getId());

        assertEquals(200, stripe.redeliver(stripe.lastEventOf("payment_intent.succeeded")));
        assertEquals(200, stripe.deliverCopy(stripe.lastEventOf("payment_intent.succeeded")));
        Thread.sleep(1500);
        assertEquals(1, asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).total(),
                "the same payment intent again records nothing");

        PublicInvoice view = payLinks.publicView(token);
        assertTrue(view.isPaidInFull());
        assertFalse(view.isPayable());
        HttpResponse<String> page = Http.send("GET", "/public/pay.xhtml?token=" + token + "&paid=1", null, null);
        assertTrue(page.body().contains("This invoice is paid in full"), page.body());
        assertFalse(page.body().contains("we are confirming"), page.body());
        RuleViolationException nothingDue = assertThrows(RuleViolationException.class,
                () -> checkout.payByCard(token));
        assertTrue(nothingDue.getMessage().contains("nothing to pay"), nothingDue.getMessage());
    }

    @Test
    void aDeclinedCardLeavesTheInvoiceOpenAndThePayPageSaysWhy() throws Exception {
        String hosted = checkout.payByCard(token);
        HttpResponse<String> declined = submitCard(hosted, FakeStripe.DECLINED_CARD);
        assertEquals(402, declined.statusCode());
        assertTrue(declined.body().contains("Your card was declined."), declined.body());

        GatewayEvent failed = processed(stripe.lastEventOf("payment_intent.payment_failed"));
        assertEquals(GatewayEventStatus.PROCESSED, failed.getStatus());
        assertTrue(failed.getOutcome().contains("Your card was declined."), failed.getOutcome());
        PaymentRequest request = cardRequest();
        assertEquals(PaymentRequestStatus.FAILED, request.getStatus());
        assertEquals("Your card was declined.", request.getFailure());
        assertEquals(InvoiceStatus.ISSUED, invoice().getStatus());
        assertEquals(eur("100.00"), invoice().getBalance());
        assertEquals(0, asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).total());

        assertEquals("Your card was declined.", payLinks.publicView(token).lastCardFailure());
        HttpResponse<String> page = Http.send("GET", "/public/pay.xhtml?token=" + token, null, null);
        assertTrue(page.body().contains("The last card attempt failed: Your card was declined."), page.body());

        String again = checkout.payByCard(token);
        assertNotEquals(hosted, again, "after a failure the payer starts afresh");
        assertEquals(2, stripe.sessions().size());
        assertNotEquals(stripe.createRequests().get(0).idempotencyKey(), stripe.createRequests().get(1).idempotencyKey());
    }

    @Test
    void aPartialRefundReopensTheInvoiceAndARepeatedRefundEventChangesNothing() throws Exception {
        String intent = payInFull();
        Payment original = asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).items().get(0);

        assertEquals(200, refundAtStripe(intent, 3_000).statusCode());
        String refundEvent = stripe.lastEventOf("charge.refunded");
        GatewayEvent first = processed(refundEvent);
        assertEquals(GatewayEventStatus.PROCESSED, first.getStatus(), first.getOutcome());
        Invoice reopened = invoice();
        assertEquals(InvoiceStatus.PARTIALLY_PAID, reopened.getStatus());
        assertEquals(eur("30.00"), reopened.getBalance());
        List<Payment> recorded = asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).items();
        assertEquals(2, recorded.size());
        Payment refund = recorded.get(0);
        assertEquals(PaymentKind.REFUND, refund.getKind());
        assertEquals(eur("-30.00"), refund.getAmount());
        assertEquals(original.getId(), refund.getRefundOf());
        assertEquals(eur("30.00"), asViewer.call(() -> payments.find(original.getId())).getRefunded());
        assertEquals(eur("70.00"), asViewer.call(() -> payments.find(original.getId())).getAllocated());

        assertEquals(200, stripe.redeliver(refundEvent));
        assertEquals(200, stripe.deliverCopy(refundEvent));
        String copy = stripe.deliveries().get(stripe.deliveries().size() - 1).eventId();
        GatewayEvent replayed = processed(copy);
        assertEquals(GatewayEventStatus.PROCESSED, replayed.getStatus());
        assertTrue(replayed.getOutcome().startsWith("Nothing new"), replayed.getOutcome());
        assertEquals(2, asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).total());
        assertEquals(eur("30.00"), invoice().getBalance());

        assertEquals(200, refundAtStripe(intent, 7_000).statusCode());
        processed(stripe.lastEventOf("charge.refunded"));
        Invoice open = invoice();
        assertEquals(InvoiceStatus.ISSUED, open.getStatus());
        assertEquals(eur("100.00"), open.getBalance());
        assertEquals(3, asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(10))).total());
        assertTrue(payLinks.publicView(token).isPayable(), "the pay link offers paying again");
        HttpResponse<String> page = Http.send("GET", "/public/pay.xhtml?token=" + token, null, null);
        assertTrue(page.body().contains("Pay 100.00 EUR by card"), page.body());
    }

    @Test
    void aGatewayRefusalIsShownAndTheRequestFailsWithStripesReason() throws Exception {
        stripe.refuseSessions("Amount must convert to at least 50 cents.");
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> checkout.payByCard(token));
        assertTrue(refused.getMessage().contains("Amount must convert to at least 50 cents."), refused.getMessage());
        PaymentRequest request = cardRequest();
        assertEquals(PaymentRequestStatus.FAILED, request.getStatus());
        assertEquals("Amount must convert to at least 50 cents.", request.getFailure());
        assertEquals(InvoiceStatus.ISSUED, invoice().getStatus());
    }

    @Test
    void aWrongPayLinkSaysSoClearly() throws Exception {
        assertThrows(NotFoundException.class, () -> payLinks.publicView("not-a-token"));
        assertThrows(NotFoundException.class, () -> payLinks.publicView(""));
        assertThrows(NotFoundException.class, () -> checkout.payByCard("x".repeat(43)));
        HttpResponse<String> page = Http.send("GET", "/public/pay.xhtml?token=not-a-token", null, null);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("This payment link is not valid"), page.body());
        HttpResponse<String> none = Http.send("GET", "/public/pay.xhtml", null, null);
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("This payment link is not valid"), none.body());
        assertEquals(0, stripe.createRequests().size());
    }

    /** The fake keeps Stripe's rules, so that what passes here would pass against Stripe. */
    @Test
    void theFakeGatewayKeepsStripesKeyAndIdempotencyRules() throws Exception {
        String form = "mode=payment&line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=eur"
                + "&line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=500"
                + "&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bname%5D=Test&line_items%5B0%5D%5Bquantity%5D=1"
                + "&success_url=http%3A%2F%2F127.0.0.1%2Fok";
        HttpRequest.Builder create = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + FakeStripe.PORT
                + "/v1/checkout/sessions")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", "it-" + UUID.randomUUID());
        HttpResponse<String> anonymous = http.send(create.copy().POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        create.header("Authorization", "Bearer " + FakeStripe.SECRET_KEY);
        HttpResponse<String> first = http.send(create.copy().POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = http.send(create.copy().POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"object\":\"checkout.session\""), first.body());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        HttpResponse<String> changed = http.send(create.copy().POST(HttpRequest.BodyPublishers.ofString(
                form.replace("unit_amount%5D=500", "unit_amount%5D=600"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, changed.statusCode());
        assertTrue(changed.body().contains("\"type\":\"idempotency_error\""), changed.body());
        assertEquals(1, stripe.sessions().size());
    }

    @Test
    void theInvoiceEmailCarriesThePayLink() throws Exception {
        MailServer smtp = new MailServer().start();
        try {
            asFinance.call(() -> pdfs.sendInvoice(invoiceId));
            jakarta.mail.internet.MimeMessage received = Eventually.until(Duration.ofSeconds(30),
                    () -> smtp.receivedFor(email), list -> !list.isEmpty()).get(0);
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
            String text = String.valueOf(parts.getBodyPart(0).getContent());
            assertTrue(text.contains("You can pay it online at http://127.0.0.1:8180/crmir/public/pay.xhtml?token="
                    + token), text);
        } finally {
            smtp.stop();
        }
    }
}
