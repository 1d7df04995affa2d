package org.crmir.payment;

import java.io.Serializable;
import org.crmir.shared.Money;

/**
 * What paying an invoice with M-Pesa would be, before the payer enters a phone number: the amount due and the
 * whole shillings a push asks for; or, when it cannot be paid this way, why ({@code refusal}).
 */
public record MpesaOffer(String invoiceNumber, Money due, Money requested, String refusal) implements Serializable {

    public boolean isPayable() {
        return refusal == null;
    }

    // Jakarta EL 5 does not read record accessors.
    public String getInvoiceNumber() { return invoiceNumber; }
    public Money getDue() { return due; }
    public Money getRequested() { return requested; }
    public String getRefusal() { return refusal; }
    public boolean getPayable() { return isPayable(); }
    /** True when cents stay due because M-Pesa moves whole shillings. */
    public boolean getCentsRemain() { return requested != null && due.isGreaterThan(requested); }
}
