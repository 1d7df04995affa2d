package org.crmir.communication;

/**
 * How many times the dispatcher tries a message before it is FAILED. The broker's redelivery setting
 * ({@code CRMIR_JMS_MAX_DELIVERY_ATTEMPTS}, server-config) is read here too, so that the last attempt is known
 * as the last and marks the message FAILED instead of leaving it to the dead-letter queue.
 */
public final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    public static int maxAttempts() {
        String configured = System.getenv("CRMIR_JMS_MAX_DELIVERY_ATTEMPTS");
        try {
            return configured == null || configured.isBlank() ? 5 : Math.max(1, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }
}
