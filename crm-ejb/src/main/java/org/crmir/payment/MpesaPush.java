package org.crmir.payment;

import java.io.Serializable;
import org.crmir.shared.Money;

/**
 * An STK Push as the payer sees it: which invoice, how much, to which phone (masked), and where it stands
 * (PENDING: "check your phone"; SUCCEEDED; FAILED with the reason).
 */
public record MpesaPush(long requestId, String invoiceNumber, Money amount, String phone,
        PaymentRequestStatus status, String failure) implements Serializable {

    public boolean isWaiting() {
        return status == PaymentRequestStatus.CREATED || status == PaymentRequestStatus.PENDING;
    }

    // Jakarta EL 5 does not read record accessors.
    public long getRequestId() { return requestId; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public Money getAmount() { return amount; }
    public String getPhone() { return phone; }
    public PaymentRequestStatus getStatus() { return status; }
    public String getFailure() { return failure; }
    public boolean getWaiting() { return isWaiting(); }
}
