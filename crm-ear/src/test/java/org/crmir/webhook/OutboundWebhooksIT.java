package org.crmir.webhook;

import static org.crmir.support.TestDatabase.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessEvent;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.InvalidInputException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound webhooks end to end in the server: an endpoint registered by an administrator receives the events it
 * chose, signed so that its own few lines of code can check them, again and again while it fails (with growing
 * waits), until the window closes; an endpoint that keeps failing is switched off and the administrators told.
 * The tests' server allows 127.0.0.1 and retries within seconds (bin/crmir test).
 */
@ExtendWith(ArquillianExtension.class)
class OutboundWebhooksIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @EJB
    WebhookEndpoints endpoints;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    Fixtures fixtures;

    @EJB
    WebhookPublisher publisher;

    private WebhookReceiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        fixtures.usersExist();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void removeEndpoints() throws Exception {
        receiver.close();
        asAdmin.run(() -> endpoints.all().forEach(e -> endpoints.delete(e.getId())));
    }

    @Test
    void aNewClientReachesItsSubscriberSignedWithTheEndpointsSecret() throws Exception {
        WebhookEndpoint endpoint = register(EnumSet.of(BusinessEventType.CLIENT_CREATED,
                BusinessEventType.INVOICE_ISSUED));
        assertTrue(endpoint.getSecret().startsWith("whsec_") && endpoint.getSecret().length() > 40,
                endpoint.getSecret());

        long client = fixtures.client("Webhook Receiving");
        WebhookReceiver.Received delivery = single(aboutRecord("client.created", client));

        assertTrue(delivery.signedWith(endpoint.getSecret()), "the receiver's own check of the signature");
        assertFalse(delivery.signedWith("whsec_another"), "another secret does not verify");
        JsonObject event = json(delivery.body());
        assertEquals(delivery.eventId(), event.getString("id"));
        assertTrue(event.getString("id").matches("evt_[0-9a-f]{32}"), event.getString("id"));
        assertEquals("client.created", event.getString("type"));
        JsonObject data = event.getJsonObject("data");
        assertEquals("client", data.getString("object"));
        assertEquals(System.getenv("CRMIR_PUBLIC_URL") + "/api/v1/clients/" + client, data.getString("url"));
        assertTrue(data.getString("name").startsWith("Webhook Receiving"), data.toString());
        assertEquals(AsSales.USERNAME, data.getString("owner"));

        long deliveryId = Eventually.until(WAIT, () -> number("SELECT COALESCE(MAX(id), 0) FROM"
                + " webhook_deliveries WHERE endpoint_id = " + endpoint.getId() + " AND state = 'DELIVERED'"),
                id -> id > 0);
        List<WebhookAttempt> attempts = asAdmin.call(() -> endpoints.attempts(deliveryId));
        assertEquals(1, attempts.size());
        assertEquals(200, attempts.get(0).getHttpStatus());
        assertEquals("ok", attempts.get(0).getExcerpt());
    }

    @Test
    void aFailingReceiverIsTriedAgainWithGrowingWaitsUntilItAnswers() throws Exception {
        WebhookEndpoint endpoint = register(EnumSet.of(BusinessEventType.CLIENT_CREATED));
        receiver.answer(500, 503);

        long client = fixtures.client("Webhook Retrying");
        List<WebhookReceiver.Received> tries = receiver.await(aboutRecord("client.created", client), 3, WAIT);

        assertEquals(3, tries.size(), "two failures, then the answer");
        assertEquals(1, tries.stream().map(WebhookReceiver.Received::eventId).distinct().count(),
                "every attempt carries the same event id, so the receiver can tell a repeat");
        assertEquals(1, tries.stream().map(WebhookReceiver.Received::body).distinct().count(), "the same body");
        Duration first = Duration.between(tries.get(0).at(), tries.get(1).at());
        Duration second = Duration.between(tries.get(1).at(), tries.get(2).at());
        assertTrue(first.toMillis() >= 450, "waited the first retry's 0.5 s: " + first);
        assertTrue(second.toMillis() >= 1_900, "the wait grew to the second retry's 2 s: " + second);
        List<WebhookAttempt> log = Eventually.until(WAIT, () -> attemptsOfNewest(endpoint), a -> a.size() == 3
                && a.get(2).succeeded());
        assertEquals(List.of(500, 503, 200), log.stream().map(WebhookAttempt::getHttpStatus).toList());
        assertEquals("receiver says no: 500", log.get(0).getExcerpt());
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpOnThenSwitchedOffAndTheAdministratorsAreTold() throws Exception {
        WebhookEndpoint endpoint = register(EnumSet.of(BusinessEventType.CLIENT_CREATED));
        receiver.answer(503, 503, 503, 503);
        long notesBefore = number("SELECT COUNT(*) FROM notifications WHERE link = '/admin/webhooks.xhtml'");

        long client = fixtures.client("Webhook Giving Up");
        List<WebhookReceiver.Received> tries = receiver.await(aboutRecord("client.created", client), 3, WAIT);
        assertEquals(3, tries.size());
        Eventually.until(WAIT, () -> number("SELECT COUNT(*) FROM webhook_deliveries"
                + " WHERE endpoint_id = " + endpoint.getId() + " AND state = 'GAVE_UP'"), n -> n == 1);
        // The next wait (8 s) would end past the tests' 6 s window: no fourth attempt. Wait until the endpoint has
        // failed for longer than the tests' 5 s.
        Thread.sleep(Math.max(1_000, Duration.between(java.time.Instant.now(), tries.get(0).at()
                .plusMillis(5_500)).toMillis()));
        assertEquals(3, receiver.await(aboutRecord("client.created", client), 4, Duration.ZERO).size());

        // Resent by hand, it fails again, and the endpoint, failing for longer than 5 s, is switched off.
        long id = number("SELECT id FROM webhook_deliveries WHERE endpoint_id = " + endpoint.getId());
        asAdmin.call(() -> endpoints.resend(id));
        assertEquals(4, receiver.await(aboutRecord("client.created", client), 4, WAIT).size());
        WebhookEndpoint off = Eventually.until(WAIT, () -> asAdmin.call(() -> endpoints.endpoint(endpoint.getId())),
                e -> !e.isEnabled());
        assertTrue(off.getDisabledReason().startsWith("Switched off: every delivery failed since"),
                off.getDisabledReason());
        assertTrue(number("SELECT COUNT(*) FROM notifications WHERE link = '/admin/webhooks.xhtml'") > notesBefore,
                "the administrators were told");

        // Switched off, it gets nothing; switched on again and resent, the delivery arrives.
        long other = fixtures.client("Webhook While Off");
        assertEquals(0, number("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = " + endpoint.getId()
                + " AND payload LIKE '%\"id\":" + other + ",%'"));
        assertThrows(org.crmir.shared.RuleViolationException.class, () -> asAdmin.call(() -> endpoints.resend(id)),
                "switched off, it is not sent to");
        asAdmin.call(() -> endpoints.switchOn(endpoint.getId()));
        asAdmin.call(() -> endpoints.resend(id));
        Eventually.until(WAIT, () -> number("SELECT COUNT(*) FROM webhook_deliveries WHERE id = " + id
                + " AND state = 'DELIVERED'"), n -> n == 1);
    }

    @Test
    void changesPublishingOneEventTypeAtOnceDoNotWaitForEachOther() throws Exception {
        register(EnumSet.of(BusinessEventType.CLIENT_CREATED));
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        ExecutorService other = Executors.newSingleThreadExecutor();
        transaction.begin();
        try {
            publisher.publish(new BusinessEvent(BusinessEventType.CLIENT_CREATED, 900_001L, Map.of()));
            // while the first is open, holding its read of the endpoints, a second change publishes and commits
            Future<?> second = other.submit(() -> {
                transaction.begin();
                try {
                    publisher.publish(new BusinessEvent(BusinessEventType.CLIENT_CREATED, 900_002L, Map.of()));
                    transaction.commit();
                } catch (Exception | Error e) {
                    transaction.rollback();
                    throw e;
                }
                return null;
            });
            second.get(5, TimeUnit.SECONDS); // an exclusive read would hold it until the first commits
        } finally {
            transaction.commit();
            other.shutdownNow();
        }
        single(aboutRecord("client.created", 900_001L));
        single(aboutRecord("client.created", 900_002L));
    }

    @Test
    void aPingProvesTheUrlAndTheSecret() throws Exception {
        WebhookEndpoint endpoint = register(EnumSet.of(BusinessEventType.CONTRACT_EXPIRED));
        asAdmin.call(() -> endpoints.ping(endpoint.getId()));
        WebhookReceiver.Received ping = single(r -> "ping".equals(r.eventType()));
        assertTrue(ping.signedWith(endpoint.getSecret()));
        assertEquals("CRMir can reach you.", json(ping.body()).getJsonObject("data").getString("message"));
        pingDelivered(endpoint.getId());
    }

    @Test
    void addressesInsideTheNetworkAndBadInputAreRefusedAndNothingIsWritten() throws Exception {
        long before = number("SELECT COUNT(*) FROM webhook_endpoints");
        Set<BusinessEventType> events = EnumSet.of(BusinessEventType.INVOICE_PAID);
        for (String[] refused : new String[][] {
                {"ftp://example.com/hooks", "must start with https:// or http://"},
                {"http://127.0.0.2:9/hooks", "loopback, link-local or private"},
                {"http://169.254.169.254/latest/meta-data", "loopback, link-local or private"},
                {"http://10.1.2.3/hooks", "loopback, link-local or private"},
                {"http://[::1]/hooks", "loopback, link-local or private"},
                {"http://[::ffff:192.168.1.1]/hooks", "loopback, link-local or private"},
                {"http://user:pass@example.com/hooks", "must not hold a user name or password"},
                {System.getenv("CRMIR_PUBLIC_URL") + "/api/v1/clients", "CRMir's own address"},
                {"http://127.0.0.1:" + (8080 + 100) + "/crmir/x", "CRMir's own address"},
                {"https://" + "a".repeat(2000) + ".example.com/", "at most 2000 characters"}}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> asAdmin.call(() -> endpoints.register(refused[0], null, events)), refused[0]);
            assertEquals("url", e.getField());
            assertTrue(e.getMessage().contains(refused[1]), refused[0] + ": " + e.getMessage());
        }
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> asAdmin.call(() -> endpoints.register(receiver.url(), null, Set.of())));
        assertEquals("events", none.getField());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> BusinessEventType.fromWireName("invoice.exploded"));
        assertTrue(unknown.getMessage().contains("\"invoice.exploded\" is not an event type; use client.created"),
                unknown.getMessage());
        assertEquals(before, number("SELECT COUNT(*) FROM webhook_endpoints"), "nothing half-written");
    }

    @Test
    void theApiRegistersShowingTheSecretOnceAndRefusesAnUnknownEventAsAProblem() throws Exception {
        String token = fixtures.apiToken(Role.ADMIN, "webhooks api");
        HttpResponse<String> made = Http.send("POST", "/api/v1/webhook-endpoints", token, "{\"url\":\""
                + receiver.url() + "\",\"description\":\"Books\",\"events\":[\"payment.recorded\",\"invoice.paid\"]}");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject endpoint = json(made.body());
        assertTrue(endpoint.getString("secret").startsWith("whsec_"), made.body());
        long id = endpoint.getJsonNumber("id").longValue();
        assertTrue(made.headers().firstValue("Location").orElse("").endsWith("/api/v1/webhook-endpoints/" + id));

        JsonObject read = json(Http.send("GET", "/api/v1/webhook-endpoints/" + id, token, null).body());
        assertEquals("[\"invoice.paid\",\"payment.recorded\"]", read.getJsonArray("events").toString());
        assertTrue(!read.containsKey("secret") || read.isNull("secret"), "a read does not show the secret");

        assertEquals(202, Http.send("POST", "/api/v1/webhook-endpoints/" + id + "/ping", token, null).statusCode());
        assertTrue(single(r -> "ping".equals(r.eventType())).signedWith(endpoint.getString("secret")));
        pingDelivered(id);

        for (String[] refused : new String[][] {
                {"{\"url\":\"" + receiver.url() + "\",\"events\":[\"invoice.exploded\"]}", "events",
                        "\\\"invoice.exploded\\\" is not an event type"},
                {"{\"url\":\"http://169.254.169.254/latest\",\"events\":[\"invoice.paid\"]}", "url",
                        "link-local"},
                {"{\"url\":\"gopher://example.com\",\"events\":[\"invoice.paid\"]}", "url", "https://"}}) {
            HttpResponse<String> answer = Http.send("POST", "/api/v1/webhook-endpoints", token, refused[0]);
            assertEquals(422, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(answer.body().contains("\"field\":\"" + refused[1] + "\""), answer.body());
            assertTrue(answer.body().contains(refused[2]), answer.body());
        }
        assertEquals(1, number("SELECT COUNT(*) FROM webhook_endpoints"), "only the one registered");
        assertEquals(403, Http.send("GET", "/api/v1/webhook-endpoints", fixtures.apiToken(Role.SALES, "no"), null)
                .statusCode());
    }

    @Test
    void onlyAdministratorsManageEndpoints() {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> endpoints.all()));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> endpoints.register(receiver.url(), null,
                EnumSet.of(BusinessEventType.CLIENT_CREATED))));
    }

    /** Waits for the ping's bookkeeping, so that removing the endpoint afterwards does not race it. */
    private static void pingDelivered(long endpointId) throws Exception {
        Eventually.until(WAIT, () -> number("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = "
                + endpointId + " AND event_type = 'ping' AND state = 'DELIVERED'"), n -> n == 1);
    }

    private WebhookEndpoint register(Set<BusinessEventType> events) throws Exception {
        return asAdmin.call(() -> endpoints.register(receiver.url(), "Test receiver", events));
    }

    private List<WebhookAttempt> attemptsOfNewest(WebhookEndpoint endpoint) throws Exception {
        long id = number("SELECT MAX(id) FROM webhook_deliveries WHERE endpoint_id = " + endpoint.getId());
        return asAdmin.call(() -> endpoints.attempts(id));
    }

    private WebhookReceiver.Received single(java.util.function.Predicate<WebhookReceiver.Received> match)
            throws InterruptedException {
        List<WebhookReceiver.Received> found = receiver.await(match, 1, WAIT);
        assertEquals(1, found.size(), "one delivery");
        return found.get(0);
    }

    private static java.util.function.Predicate<WebhookReceiver.Received> aboutRecord(String type, long id) {
        return r -> type.equals(r.eventType()) && json(r.body()).getJsonObject("data").getJsonNumber("id")
                .longValue() == id;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
