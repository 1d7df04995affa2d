package org.crmir.payment;

import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.Money;

/** A recorded payment with money not yet applied to invoices: the client's credit from it. */
public record UnallocatedPayment(long paymentId, long clientId, String clientName, LocalDate receivedOn,
        PaymentMethod method, String reference, Money amount, Money unallocated) implements Serializable {

    public long getPaymentId() { return paymentId; }
    public long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public PaymentMethod getMethod() { return method; }
    public String getReference() { return reference; }
    public Money getAmount() { return amount; }
    public Money getUnallocated() { return unallocated; }
}
