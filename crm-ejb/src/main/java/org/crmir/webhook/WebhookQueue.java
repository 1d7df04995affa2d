package org.crmir.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/** Queues an attempt at a delivery on {@code crm.webhooks}; it leaves when the caller's transaction commits. */
@ApplicationScoped
public class WebhookQueue {

    static final String DELIVERY = "deliveryId";
    static final String ATTEMPT = "attempt";
    static final String BY_HAND = "byHand";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.webhooks")
    Queue webhooks;

    public void queue(long deliveryId, int attempt, Duration after, boolean byHand) {
        jms.createProducer().setDeliveryDelay(after.toMillis())
                .setProperty(DELIVERY, deliveryId).setProperty(ATTEMPT, attempt).setProperty(BY_HAND, byHand)
                .send(webhooks, "webhook delivery " + deliveryId + " attempt " + attempt);
    }
}
