package org.crmir.webhook.api;

import java.time.Instant;
import java.util.List;
import org.crmir.shared.BusinessEventType;
import org.crmir.webhook.WebhookEndpoint;

/**
 * A webhook endpoint as the API shows it. {@code secret} is given once, in the answer that creates the endpoint
 * or makes it a new secret; reads leave it out. {@code events} are names such as {@code invoice.issued}.
 */
public record WebhookEndpointRepresentation(Long id, String url, String description, List<String> events,
        Boolean enabled, String disabledReason, Instant failingSince, Instant createdAt, String secret,
        Long version) {

    static WebhookEndpointRepresentation of(WebhookEndpoint e, boolean withSecret) {
        return new WebhookEndpointRepresentation(e.getId(), e.getUrl(), e.getDescription(),
                e.getEvents().stream().map(BusinessEventType::wireName).sorted().toList(), e.isEnabled(),
                e.getDisabledReason(), e.getFailingSince(), e.getCreatedAt(), withSecret ? e.getSecret() : null,
                e.getVersion());
    }
}
