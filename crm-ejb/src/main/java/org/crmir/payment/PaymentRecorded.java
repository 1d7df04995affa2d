package org.crmir.payment;

import java.io.Serializable;
import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/** Money moved on a client's invoices; their pages and the receivables refresh once it is committed. */
public record PaymentRecorded(long paymentId, long clientId) implements Serializable, PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.MONEY;
    }
}
