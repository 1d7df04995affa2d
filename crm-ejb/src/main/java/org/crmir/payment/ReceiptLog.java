package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * The receipt queue's bookkeeping of failures: an attempt that failed is counted in a transaction of its own (the
 * failing one still holds the receipt's row, hence {@code payment_receipt_attempts}); a receipt the queue gave up
 * on becomes FAILED with the last error and its correlation id. Called only by the receipt MDBs.
 */
@Stateless
@PermitAll
public class ReceiptLog {

    private static final Logger LOG = Logger.getLogger(ReceiptLog.class.getName());

    @Inject
    EntityManager em;

    @Inject
    Event<PaymentRecorded> changed;

    /** One more failed attempt, with why and the correlation id it was logged under. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attemptFailed(long paymentId, String error, String correlationId) {
        String why = GatewayEventLog.clip(error);
        em.createNativeQuery("INSERT INTO payment_receipt_attempts (payment_id, failures, last_error, correlation_id,"
                        + " last_failure_at) VALUES (?1, 1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE failures = failures + 1,"
                        + " last_error = VALUES(last_error), correlation_id = VALUES(correlation_id),"
                        + " last_failure_at = VALUES(last_failure_at)")
                .setParameter(1, paymentId).setParameter(2, why).setParameter(3, correlationId)
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** The queue gave up on the receipt: FAILED, with the last error and its reference, until retried. */
    public void parked(long paymentId) {
        PaymentReceipt receipt = em.find(PaymentReceipt.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (receipt == null) {
            LOG.warning("Dead letter for the receipt of payment " + paymentId + ", which has none");
            return;
        }
        ReceiptAttempts attempts = em.find(ReceiptAttempts.class, paymentId);
        String why = attempts == null || attempts.getLastError() == null
                ? "the receipt queue gave up on it without a recorded error"
                : attempts.getLastError() + " (" + attempts.getFailures() + " attempt"
                        + (attempts.getFailures() == 1 ? "" : "s") + ", reference " + attempts.getCorrelationId() + ")";
        if (receipt.failed(why)) {
            LOG.warning("Receipt " + receipt.getNumber() + " FAILED: " + why);
            Payment payment = em.find(Payment.class, paymentId);
            changed.fire(new PaymentRecorded(paymentId, payment.getClientId()));
        }
    }
}
