package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.crmir.shared.BusinessClock;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;

/**
 * The payment queue's bookkeeping of failures. A failed attempt is written in a transaction of its own, so that
 * it stays when the attempt's transaction rolls back for a redelivery; it goes to {@code gateway_event_attempts},
 * not to the event's row, which the failing transaction still holds locked. Called only by the payment MDBs,
 * hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class GatewayEventLog {

    private static final Logger LOG = Logger.getLogger(GatewayEventLog.class.getName());

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Figures figures;

    /** Counts one failed attempt to process the event, with why. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attemptFailed(long eventId, int attempt, String error) {
        String why = clip(error);
        em.createNativeQuery("INSERT INTO gateway_event_attempts (event_id, duplicates, failures, last_error,"
                        + " last_failure_at) VALUES (?1, 0, 1, ?2, ?3) ON DUPLICATE KEY UPDATE failures = failures + 1,"
                        + " last_error = VALUES(last_error), last_failure_at = VALUES(last_failure_at)")
                .setParameter(1, eventId).setParameter(2, why)
                .setParameter(3, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .executeUpdate();
        LOG.warning("Gateway event " + eventId + ", attempt " + attempt + " failed: " + why);
    }

    /**
     * The queue gave up on the event (its message reached the dead-letter queue): it becomes FAILED with the last
     * error, visible on the reconciliation page until someone retries it. An event that was processed after all
     * stays as it is.
     */
    public void parked(long eventId) {
        GatewayEvent event = em.find(GatewayEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            LOG.warning("Dead letter for gateway event " + eventId + ", which does not exist");
            return;
        }
        FigureChange figuresMoving = figures.changingStatus(FigureSource.GATEWAY_EVENT, eventId, event.getStatus(),
                GatewayEventStatus.FAILED);
        GatewayEventAttempts attempts = em.find(GatewayEventAttempts.class, eventId);
        String why = attempts == null || attempts.getLastError() == null
                ? "The payment queue gave up on it without a recorded error"
                : "Failed after " + attempts.getFailures() + " attempt" + (attempts.getFailures() == 1 ? "" : "s")
                        + ": " + attempts.getLastError();
        if (event.failed(why, clock.now())) {
            figuresMoving.apply();
            LOG.warning("Gateway event " + event.getGateway() + " " + event.getEventId() + " FAILED: " + why);
        }
    }

    /** The innermost message of a failure: the database's or the gateway's words, not the wrappers'. */
    static String reasonOf(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        // Finance reads this on the reconciliation page: the words, never a class name (the log has the trace).
        return message == null || message.isBlank() ? "An unexpected error without a description" : message.strip();
    }

    /** At most the 500 characters an error column holds. */
    static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
