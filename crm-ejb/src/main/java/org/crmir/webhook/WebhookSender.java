package org.crmir.webhook;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts one attempt of a delivery from {@code crm.webhooks}: the body as stored, signed now, with no redirects
 * followed (a redirect could lead inside the network) and bounded waits. Outside any transaction, so that a slow
 * receiver holds no database lock; the bookkeeping before and after is {@link WebhookDeliveries}'.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.webhooks"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @EJB
    WebhookDeliveries deliveries;

    @Override
    public void onMessage(Message message) {
        long id;
        int attempt;
        boolean byHand;
        try {
            id = message.getLongProperty(WebhookQueue.DELIVERY);
            attempt = message.getIntProperty(WebhookQueue.ATTEMPT);
            byHand = message.getBooleanProperty(WebhookQueue.BY_HAND);
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Ignoring an unreadable message on crm.webhooks", e);
            return;
        }
        Optional<WebhookDeliveries.Outgoing> due = deliveries.due(id, attempt);
        if (due.isEmpty()) {
            return;
        }
        Instant at = Instant.now();
        long started = System.nanoTime();
        Integer status = null;
        String excerpt;
        WebhookDeliveries.Outgoing out = due.get();
        Optional<String> refused = WebhookAddresses.refusal(WebhookTarget.parse(out.url()),
                WebhookSettings.current().networks());
        if (refused.isPresent()) {
            excerpt = "Not sent: " + refused.get() + ".";
        } else {
            try {
                HttpResponse<InputStream> answer = HTTP.send(request(out, at), HttpResponse.BodyHandlers.ofInputStream());
                status = answer.statusCode();
                excerpt = start(answer.body());
            } catch (IOException e) {
                excerpt = "No answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while delivering webhook " + id, e);
            }
        }
        deliveries.attempted(id, attempt, at, (System.nanoTime() - started) / 1_000_000, status, excerpt, byHand);
    }

    private static HttpRequest request(WebhookDeliveries.Outgoing out, Instant at) {
        return HttpRequest.newBuilder(URI.create(out.url())).timeout(ANSWER_WITHIN)
                .header("Content-Type", "application/json")
                .header("User-Agent", "CRMir-Webhooks/1")
                .header("CRMir-Event-Id", out.eventId())
                .header("CRMir-Event-Type", out.eventType())
                .header(WebhookSignature.HEADER, WebhookSignature.header(out.secret(), at, out.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(out.payload(), StandardCharsets.UTF_8)).build();
    }

    /** The first words of an answer, for the log; the rest is not read into memory. */
    private static String start(InputStream body) throws IOException {
        try (body) {
            byte[] first = body.readNBytes(WebhookAttempt.EXCERPT_LENGTH);
            return new String(first, StandardCharsets.UTF_8).strip();
        }
    }
}
