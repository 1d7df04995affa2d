package org.crmir.payment;

import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.ClientOwner;

/**
 * What the payments list is narrowed to; null fields are ignored. {@code status} null means recorded payments
 * only (what the figures count); voided ones are listed when asked for. Received days: both ends inclusive.
 * {@code owner} is the client's owner.
 */
public record PaymentFilter(PaymentStatus status, String currency, ClientOwner owner, PaymentMethod method,
        PaymentKind kind, LocalDate receivedFrom, LocalDate receivedTo, Long clientId) implements Serializable {

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null, null, null, null);
    }

    /** The status the list shows: recorded unless voided payments were asked for. */
    public PaymentStatus shownStatus() {
        return status == null ? PaymentStatus.RECORDED : status;
    }
}
