/**
 * REST resources for outbound webhooks: {@code /api/v1/webhook-endpoints}.
 */
package org.crmir.webhook.api;
