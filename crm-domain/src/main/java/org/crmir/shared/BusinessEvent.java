package org.crmir.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * A change other systems may want to hear of, fired as a CDI event in the transaction that makes it, so that an
 * observer's writes (a webhook's deliveries) commit or roll back with it. {@code facts} are the few values most
 * receivers need (a number, an amount as a decimal, the client's id).
 */
public record BusinessEvent(BusinessEventType type, long id, Map<String, ?> facts) implements Serializable {

    public BusinessEvent {
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts)); // a fact may be null
    }
}
