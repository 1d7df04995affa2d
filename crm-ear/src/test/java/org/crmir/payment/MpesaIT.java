package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Http;
import org.crmir.support.WebSession;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * M-Pesa end to end against a faithful fake of Daraja on loopback: the STK Push reaches the "phone", the payer
 * accepts or cancels, Daraja's callback comes back over real HTTP on the secret path, and a payment counts only
 * when the STK query confirms it, exactly once however often the callback is delivered.
 */
@ExtendWith(ArquillianExtension.class)
class MpesaIT {

    private static final String CALLBACK_SECRET = System.getenv().getOrDefault("CRMIR_MPESA_CALLBACK_SECRET",
            "crmir-test-callback-secret");
    private static final String PHONE = "0712 345 678";
    private static final String MSISDN = "254712345678";

    @EJB
    MpesaCollection mpesa;

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

    private final FakeDaraja daraja = new FakeDaraja();

    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.ensure();
        daraja.start();
        Client client = new Client(ClientKind.COMPANY, "Duka " + UUID.randomUUID().toString().substring(0, 8));
        client.setCurrency("KES");
        clientId = asSales.call(() -> clients.create(client, null).getId());
    }

    @AfterEach
    void stopDaraja() {
        daraja.stop();
    }

    private Invoice issued(String currency, String price) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Solar kit",
                BigDecimal.ONE, null, new BigDecimal(price), null, null)), null, null).getId());
        if (!"KES".equals(currency)) {
            Client other = new Client(ClientKind.COMPANY, "Euro " + UUID.randomUUID().toString().substring(0, 8));
            other.setCurrency(currency);
            long otherId = asSales.call(() -> clients.create(other, null).getId());
            id = asSales.call(() -> invoices.createDraft(otherId, List.of(new LineInput(null, "Solar kit",
                    BigDecimal.ONE, null, new BigDecimal(price), null, null)), null, null).getId());
        }
        long issuedId = id;
        asFinance.call(() -> invoices.issue(issuedId));
        return asViewer.call(() -> invoices.find(issuedId));
    }

    private GatewayEvent eventuallyDone(String checkoutRequestId) throws Exception {
        return Eventually.until(Duration.ofSeconds(30), () -> intake.find("mpesa", checkoutRequestId).orElseThrow(),
                e -> !e.isPending());
    }

    private List<Payment> clientPayments() throws Exception {
        return asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(20))).items();
    }

    private static HttpResponse<String> callback(String secret, String body) {
        return Http.send("POST", "/api/webhooks/mpesa/" + secret, null, body, "application/json");
    }

    @Test
    void aPushThePayerAcceptsIsConfirmedByTheQueryAndPaysTheInvoice() throws Exception {
        Invoice invoice = issued("KES", "1500.00");

        MpesaPush push = mpesa.requestPayment(invoice.getPayToken(), PHONE);

        assertEquals(PaymentRequestStatus.PENDING, push.status());
        assertEquals("1500.00 KES", push.amount().toString());
        assertEquals("2547•••••678", push.phone());
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        assertEquals("1500", atDaraja.amount());
        // Daraja takes 12 characters: INV-2026-000123 goes as 2026-000123
        assertEquals(invoice.getNumber().substring("INV-".length()), atDaraja.accountReference());
        assertEquals("http://127.0.0.1:8180/crmir/api/webhooks/mpesa/" + CALLBACK_SECRET, atDaraja.callBackUrl());
        assertEquals(FakeDaraja.SHORTCODE, atDaraja.request.getString("PartyB"));
        assertEquals("CustomerPayBillOnline", atDaraja.request.getString("TransactionType"));

        HttpResponse<String> answer = daraja.payerAccepts(atDaraja);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}", answer.body());

        GatewayEvent event = eventuallyDone(atDaraja.checkoutRequestId);
        assertEquals(GatewayEventStatus.PROCESSED, event.getStatus(), event.getOutcome());
        assertEquals(InvoiceStatus.PAID, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
        List<Payment> received = clientPayments();
        assertEquals(1, received.size());
        assertEquals(PaymentMethod.MOBILE_MONEY, received.get(0).getMethod());
        assertEquals(atDaraja.receipt(), received.get(0).getReference());
        assertEquals("1500.00 KES", received.get(0).getAmount().toString());
        assertEquals(event.getPaymentId(), received.get(0).getId());
        assertEquals(PaymentRequestStatus.SUCCEEDED, mpesa.status(invoice.getPayToken(), push.requestId()).status());
    }

    @Test
    void theSameCallbackDeliveredFiveTimesAtOnceMakesOnePayment() throws Exception {
        Invoice invoice = issued("KES", "2400.00");
        mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        String body = daraja.payerPaysCallbackLater(atDaraja);

        ExecutorService safaricom = Executors.newFixedThreadPool(5);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(safaricom.submit(() -> callback(CALLBACK_SECRET, body)));
        }
        for (Future<HttpResponse<String>> delivery : sent) {
            HttpResponse<String> answer = delivery.get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"ResultCode\":0"), answer.body());
        }
        safaricom.shutdown();

        GatewayEvent event = eventuallyDone(atDaraja.checkoutRequestId);
        assertEquals(GatewayEventStatus.PROCESSED, event.getStatus(), event.getOutcome());
        Thread.sleep(1000); // room for any wrongly queued twin to be processed
        assertEquals(1, clientPayments().size());
        assertEquals(InvoiceStatus.PAID, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
        assertEquals(200, callback(CALLBACK_SECRET, body).statusCode(), "a late duplicate is acknowledged");
        assertEquals(1, clientPayments().size());
    }

    @Test
    void aWrongSecretPathIsNotFoundAndAMalformedCallbackIsRefusedAndNothingIsStored() throws Exception {
        Invoice invoice = issued("KES", "800.00");
        mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        String body = daraja.payerPaysCallbackLater(atDaraja);

        HttpResponse<String> guessed = callback("crmir-test-callback-secreT", body);
        assertEquals(404, guessed.statusCode());
        assertEquals(404, callback("", body).statusCode());
        HttpResponse<String> malformed = callback(CALLBACK_SECRET, "{\"Body\":{\"stkCallback\":{\"CheckoutRequestID\":\""
                + atDaraja.checkoutRequestId + "\",\"ResultCode\":0}}}");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, callback(CALLBACK_SECRET, "not json").statusCode());

        assertTrue(intake.find("mpesa", atDaraja.checkoutRequestId).isEmpty());
        assertEquals(0, clientPayments().size());
        assertEquals(InvoiceStatus.ISSUED, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
    }

    @Test
    void aCallbackClaimingSuccessThatTheQueryDeniesIsRejectedAndRecordsNothing() throws Exception {
        Invoice invoice = issued("KES", "950.00");
        MpesaPush push = mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        daraja.payerCancelsCallbackLost(atDaraja);

        String forged = FakeDaraja.successCallback(atDaraja, "950");
        assertEquals(200, callback(CALLBACK_SECRET, forged).statusCode());

        GatewayEvent event = eventuallyDone(atDaraja.checkoutRequestId);
        assertEquals(GatewayEventStatus.REJECTED, event.getStatus());
        assertTrue(event.getOutcome().startsWith("Not confirmed by the STK query"), event.getOutcome());
        assertTrue(event.getOutcome().contains("1032"), event.getOutcome());
        assertNull(event.getPaymentId());
        assertEquals(0, clientPayments().size());
        assertEquals(InvoiceStatus.ISSUED, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
        assertEquals(PaymentRequestStatus.FAILED, mpesa.status(invoice.getPayToken(), push.requestId()).status());
    }

    @Test
    void aConfirmedCallbackClaimingAnotherAmountIsRejectedAndRecordsNothing() throws Exception {
        Invoice invoice = issued("KES", "950.00");
        MpesaPush push = mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        daraja.payerPaysCallbackLater(atDaraja);

        assertEquals(200, callback(CALLBACK_SECRET, FakeDaraja.successCallback(atDaraja, "9500")).statusCode());

        GatewayEvent event = eventuallyDone(atDaraja.checkoutRequestId);
        assertEquals(GatewayEventStatus.REJECTED, event.getStatus());
        assertTrue(event.getOutcome().contains("9500.00 KES") && event.getOutcome().contains("950.00 KES"),
                event.getOutcome());
        assertEquals(0, clientPayments().size());
        assertEquals(InvoiceStatus.ISSUED, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
        assertEquals(PaymentRequestStatus.FAILED, mpesa.status(invoice.getPayToken(), push.requestId()).status());
    }

    @Test
    void whenTheStkQueryMeetsAnOutageTheCallbackIsRedeliveredUntilItIsConfirmed() throws Exception {
        Invoice invoice = issued("KES", "700.00");
        mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        daraja.failNextQueries(1);

        assertEquals(200, daraja.payerAccepts(atDaraja).statusCode());

        GatewayEvent event = eventuallyDone(atDaraja.checkoutRequestId);
        assertEquals(GatewayEventStatus.PROCESSED, event.getStatus(), event.getOutcome());
        assertEquals(2, daraja.queries(), "asked once into the outage, once more on the redelivery");
        assertEquals(1, clientPayments().size());
        assertEquals(InvoiceStatus.PAID, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
    }

    @Test
    void aCallbackForAnUnknownCheckoutRequestIsRejectedWithTheReason() throws Exception {
        Invoice invoice = issued("KES", "100.00");
        mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);
        String stranger = FakeDaraja.successCallback(atDaraja, "100")
                .replace(atDaraja.checkoutRequestId, "ws_CO_000000000000000000000");
        assertEquals(200, callback(CALLBACK_SECRET, stranger).statusCode());
        GatewayEvent event = eventuallyDone("ws_CO_000000000000000000000");
        assertEquals(GatewayEventStatus.REJECTED, event.getStatus());
        assertTrue(event.getOutcome().contains("ws_CO_000000000000000000000"), event.getOutcome());
        assertEquals(0, clientPayments().size());
    }

    @Test
    void aPushThePayerCancelsFailsTheRequestAndRecordsNothing() throws Exception {
        Invoice invoice = issued("KES", "1200.00");
        MpesaPush push = mpesa.requestPayment(invoice.getPayToken(), PHONE);
        FakeDaraja.Push atDaraja = daraja.pushTo(MSISDN);

        assertEquals(200, daraja.payerCancels(atDaraja).statusCode());

        GatewayEvent event = eventuallyDone(atDaraja.checkoutRequestId);
        assertEquals(GatewayEventStatus.PROCESSED, event.getStatus(), event.getOutcome());
        assertNull(event.getPaymentId());
        MpesaPush after = mpesa.status(invoice.getPayToken(), push.requestId());
        assertEquals(PaymentRequestStatus.FAILED, after.status());
        assertTrue(after.failure().contains("Request cancelled by user"), after.failure());
        assertEquals(0, clientPayments().size());
        assertEquals(InvoiceStatus.ISSUED, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());

        MpesaPush again = mpesa.requestPayment(invoice.getPayToken(), PHONE);
        assertEquals(PaymentRequestStatus.PENDING, again.status(), "after a cancel the payer may try again");
        assertEquals(2, daraja.pushes().size());
    }

    @Test
    void aDoubleSubmitRingsThePhoneOnceAndTheTokenIsReusedAcrossPushes() throws Exception {
        Invoice first = issued("KES", "300.00");
        Invoice second = issued("KES", "400.00");
        int tokensBefore = daraja.tokenRequests();

        MpesaPush push = mpesa.requestPayment(first.getPayToken(), PHONE);
        MpesaPush twice = mpesa.requestPayment(first.getPayToken(), "+254712345678");
        mpesa.requestPayment(second.getPayToken(), "0722000111");

        assertEquals(push.requestId(), twice.requestId());
        assertEquals(2, daraja.pushes().size());
        assertTrue(daraja.tokenRequests() - tokensBefore <= 1, "one OAuth token at most for all the pushes, was "
                + (daraja.tokenRequests() - tokensBefore));
        assertEquals(1, daraja.pushes().stream().map(p -> p.bearer).distinct().count());
    }

    @Test
    void badPhonesOtherCurrenciesSettledInvoicesUnknownLinksAndMissingSettingsAreRefusedClearly() throws Exception {
        Invoice kes = issued("KES", "500.00");
        InvalidInputException phone = assertThrows(InvalidInputException.class,
                () -> mpesa.requestPayment(kes.getPayToken(), "+255 712 345 678"));
        assertEquals("phone", phone.getField());
        assertTrue(phone.getMessage().contains("Kenyan mobile number"), phone.getMessage());

        Invoice euro = issued("EUR", "500.00");
        RuleViolationException currency = assertThrows(RuleViolationException.class,
                () -> mpesa.requestPayment(euro.getPayToken(), PHONE));
        assertTrue(currency.getMessage().contains("Kenya shillings"), currency.getMessage());
        assertFalse(mpesa.offer(euro.getPayToken()).isPayable());

        assertThrows(NotFoundException.class, () -> mpesa.requestPayment("x".repeat(43), PHONE));
        assertEquals(0, daraja.pushes().size(), "nothing reached Daraja");

        MpesaSettings unset = MpesaSettings.from(name -> name.equals("CRMIR_MPESA_API_URL")
                ? "http://127.0.0.1:12112" : null);
        assertFalse(unset.isAvailable());
        assertTrue(unset.missing().contains("CRMIR_MPESA_PASSKEY"));
        RuleViolationException notConfigured = assertThrows(RuleViolationException.class, unset::require);
        assertTrue(notConfigured.getMessage().startsWith("M-Pesa is not available"), notConfigured.getMessage());
        assertTrue(MpesaSettings.fromEnvironment().isAvailable(), "the test server is configured");
    }

    @Test
    void thePayPagePartTakesAPhoneNumberWaitsForThePhoneAndShowsThePayment() throws Exception {
        Invoice invoice = issued("KES", "1000.50");
        Browser browser = new Browser();
        String page = browser.get("/public/pay.xhtml?token=" + invoice.getPayToken());
        assertTrue(page.contains("Pay with M-Pesa"), page);
        assertTrue(page.contains("1000.00 KES"), "whole shillings are requested: " + page);
        assertTrue(page.contains("the cents"), page);

        page = browser.submit(page, Map.of("mpesa:phone", "07 1234 5678", "mpesa:pay", "mpesa:pay"));
        assertTrue(page.contains("Check your phone"), page);
        assertTrue(page.replace("&#8226;", "•").contains("2547•••••678"), page);

        daraja.payerAccepts(daraja.pushTo(MSISDN));
        eventuallyDone(daraja.pushTo(MSISDN).checkoutRequestId);
        page = browser.submit(page, Map.of("mpesa:refresh", "mpesa:refresh"));
        assertTrue(page.contains("Paid."), page);
        assertEquals(InvoiceStatus.PARTIALLY_PAID, asViewer.call(() -> invoices.find(invoice.getId())).getStatus());
        assertEquals("0.50 KES", asViewer.call(() -> invoices.find(invoice.getId())).getBalance().toString());
    }

    /** A cookie-keeping HTTP client that posts Faces forms the way a browser without JavaScript would. */
    private static final class Browser {
        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private String path;

        String get(String pathAndQuery) throws Exception {
            path = pathAndQuery.split("\\?")[0];
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(Http.base() + pathAndQuery))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        }

        String submit(String page, Map<String, String> fields) throws Exception {
            Matcher state = VIEW_STATE.matcher(page);
            assertTrue(state.find(), "no view state in " + page);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("mpesa", "mpesa");
            form.putAll(fields);
            form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"))
                    + WebSession.nonceOf(page);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(Http.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        }
    }
}
