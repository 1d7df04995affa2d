package org.crmir.payment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.crmir.payment.Payment;
import org.crmir.payment.PaymentKind;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentRow;
import org.crmir.payment.PaymentStatus;

/**
 * A payment in JSON. To record one: clientId, amount, currency, method, reference, receivedOn, and either
 * {@code invoiceId} (pay that invoice, the rest is credit) or {@code allocate} (true: oldest due first).
 */
public record PaymentRepresentation(Long id, Long clientId, Long invoiceId, PaymentKind kind, PaymentStatus status,
        BigDecimal amount, String currency, PaymentMethod method, String reference, LocalDate receivedOn,
        Boolean allocate, BigDecimal allocated, BigDecimal unallocated, Long refundOf) {

    static PaymentRepresentation of(Payment p) {
        return new PaymentRepresentation(p.getId(), p.getClientId(), null, p.getKind(), p.getStatus(),
                p.getAmount().amount(), p.getCurrency(), p.getMethod(), p.getReference(), p.getReceivedOn(), null,
                p.getAllocated().amount(), p.getUnallocated().amount(), p.getRefundOf());
    }

    /** A row of the payments list, as the same representation. */
    static PaymentRepresentation of(PaymentRow p) {
        return new PaymentRepresentation(p.id(), p.clientId(), null, p.kind(), p.status(), p.amount(), p.currency(),
                p.method(), p.reference(), p.receivedOn(), null, p.allocated(), p.unallocated(), p.refundOf());
    }

    /** A split by hand: invoice id → amount. */
    public record Split(Map<Long, BigDecimal> allocations) {
    }

    /** A refund: amount and reason. */
    public record Refund(BigDecimal amount, String reason) {
    }
}
