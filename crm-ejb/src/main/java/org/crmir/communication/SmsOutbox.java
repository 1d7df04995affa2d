package org.crmir.communication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.notification.NotificationService;

/**
 * The steps of an SMS, each committed on its own (as {@link OutboundMailbox} does for e-mail): claimed for an
 * attempt, taken by the gateway, queued again, failed, and what the gateway's delivery reports say. Called by the
 * dispatcher and the delivery report endpoint only, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsOutbox {

    /** An SMS to send: its number and text. */
    public record OutgoingSms(long id, String to, String text) implements Serializable {
    }

    @Inject
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    Event<MessageStatusChanged> statusChanged;

    @EJB
    NotificationService notifications;

    /** What to send for one attempt; empty when it was sent, failed for good, or is gone. */
    public Optional<OutgoingSms> claim(long id) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getChannel() != Channel.SMS || message.getStatus().isSent()
                || message.getStatus() == DeliveryStatus.FAILED || message.getStatus() == DeliveryStatus.RECORDED) {
            return Optional.empty();
        }
        move(message, m -> {
            if (m.getStatus() == DeliveryStatus.SENDING) {
                m.retryLater("The previous attempt was interrupted");
            }
            m.startSending();
        });
        return Optional.of(new OutgoingSms(id, message.getRecipient(), message.getBody()));
    }

    public void sent(long id, String gatewayId) {
        move(em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE), m -> m.sentAs(gatewayId, Instant.now()));
    }

    public void retryLater(long id, String error) {
        move(em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE), m -> m.retryLater(error));
    }

    /** The end of the attempts: FAILED with the reason, and its author is told. */
    public void failed(long id, String error) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus().isSent() || message.getStatus() == DeliveryStatus.FAILED) {
            return;
        }
        move(message, m -> {
            if (m.getStatus() == DeliveryStatus.QUEUED) {
                m.startSending();
            }
            m.fail(error);
        });
        tell(message, "could not be sent: " + error);
    }

    /**
     * A delivery report of the gateway for its message {@code gatewayId}: delivered, failed (with the reason), or
     * still on its way. A report for an unknown message, or one that changes nothing (a repeat), does nothing.
     */
    public void report(String gatewayId, String status, String reason) {
        Optional<DeliveryStatus> outcome = SmsRules.reported(status);
        if (outcome.isEmpty() || gatewayId == null) {
            return;
        }
        List<Interaction> found = em.createQuery("SELECT i FROM Interaction i WHERE i.gatewayMessageId = :id"
                + " AND i.channel = :sms", Interaction.class).setParameter("id", gatewayId)
                .setParameter("sms", Channel.SMS).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty() || !found.get(0).getStatus().canMoveTo(outcome.get())) {
            return;
        }
        Interaction message = found.get(0);
        move(message, m -> m.reported(outcome.get(), reason == null || reason.isBlank() ? status
                : status + ": " + reason));
        if (outcome.get() == DeliveryStatus.FAILED) {
            tell(message, "was not delivered: " + message.getErrorText());
        }
    }

    private void tell(Interaction message, String what) {
        notifications.notify(message.getAuthor(), "SMS to " + message.getRecipient() + " " + what,
                "/client.xhtml?id=" + message.getClientId());
    }

    /** One step of the (locked) message, with the figures it moves and the push of its new status. */
    private void move(Interaction message, Consumer<Interaction> step) {
        FigureChange moving = figures.changing(FigureSource.INTERACTION, message.getId());
        step.accept(message);
        moving.apply();
        changed(message);
    }

    private void changed(Interaction message) {
        statusChanged.fire(new MessageStatusChanged(message.getId(), message.getClientId(), message.getStatus(),
                message.getAuthor()));
    }
}
