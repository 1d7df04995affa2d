/**
 * Outbound webhooks: features publish an event in their own transaction ({@link org.crmir.webhook.WebhookPublisher}),
 * which writes one delivery per subscribed endpoint and queues it on {@code crm.webhooks}; the sender posts it,
 * signed, and tries again with growing waits; administrators manage endpoints and read each attempt.
 */
package org.crmir.webhook;
