package org.crmir.communication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.UserAccount;
import org.crmir.notification.NotificationService;

/**
 * The dispatcher's bookkeeping, each step in a transaction of its own that commits at once. So the status in
 * the database is right even when the dispatcher's own transaction (the message delivery) rolls back for a
 * redelivery: above all, SENT is committed the moment the mail server accepted the message, and a redelivery
 * then finds it SENT and sends nothing. Called only by the dispatcher, hence {@code @PermitAll}.
 */
@Stateless
@LocalBean // the dispatcher and the history's services use it by its class
@Local(Outbox.class) // and it is the history's outbox
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboundMailbox implements Outbox {

    /** The outbox name of the communication history's e-mails. */
    static final String NAME = "history";

    @Inject
    EntityManager em;

    @Inject
    Event<MessageStatusChanged> statusChanged;

    @EJB
    NotificationService notifications;

    @Inject
    Figures figures;

    /**
     * Claims a queued message for one attempt and returns what to send, or empty when there is nothing to send:
     * already sent (a redelivery after success), FAILED (waits for a user's retry) or gone.
     */
    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<OutgoingMail> claim(long id) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus().isSent() || message.getStatus() == DeliveryStatus.FAILED
                || message.getStatus() == DeliveryStatus.RECORDED) {
            return Optional.empty();
        }
        FigureChange figuresMoving = figures.changingStatus(FigureSource.INTERACTION, id, message.getStatus(),
                DeliveryStatus.SENDING);
        if (message.getStatus() == DeliveryStatus.SENDING) {
            // An earlier attempt died mid-way (a crash): its outcome is unknown, so this is a new attempt.
            message.retryLater("The previous attempt was interrupted");
        }
        message.startSending();
        figuresMoving.apply();
        changed(message);
        // The files with their contents in one read: the entity loads its lazy content one row at a time.
        List<AttachmentData> files = em.createQuery("SELECT NEW org.crmir.communication.AttachmentData("
                        + "a.fileName, a.contentType, a.content) FROM Attachment a WHERE a.interactionId = :id"
                        + " ORDER BY a.id", AttachmentData.class).setParameter("id", id).getResultList();
        String replyTo = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", message.getAuthor()).getResultStream().findFirst()
                .map(UserAccount::getEmail).orElse(null);
        return Optional.of(new OutgoingMail(id, message.getSender(), replyTo, message.getRecipient(),
                message.getSubject(), message.getBody(), files));
    }

    @Override
    public void sent(long id) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        FigureChange figuresMoving = figures.changingStatus(FigureSource.INTERACTION, id, message.getStatus(),
                DeliveryStatus.SENT);
        message.sent(Instant.now());
        figuresMoving.apply();
        changed(message);
    }

    /** A transient failure: queued again, to be tried after the broker's redelivery delay. */
    @Override
    public void retryLater(long id, String error) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        FigureChange figuresMoving = figures.changingStatus(FigureSource.INTERACTION, id, message.getStatus(),
                DeliveryStatus.QUEUED);
        message.retryLater(error);
        figuresMoving.apply();
        changed(message);
    }

    /** The end: FAILED with the error, and its author is told. */
    @Override
    public void failed(long id, String error) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus().isSent() || message.getStatus() == DeliveryStatus.FAILED) {
            return;
        }
        FigureChange figuresMoving = figures.changingStatus(FigureSource.INTERACTION, id, message.getStatus(),
                DeliveryStatus.FAILED);
        if (message.getStatus() == DeliveryStatus.QUEUED) {
            message.startSending(); // the last attempt never reached the claim (dead-lettered)
        }
        message.fail(error);
        figuresMoving.apply();
        changed(message);
        notifications.notify(message.getAuthor(), "Email to " + message.getRecipient() + " failed: "
                + (error == null ? "unknown error" : error), "/client.xhtml?id=" + message.getClientId());
    }

    /** The message came back from the receiving server: BOUNCED, and its author is told. */
    public void bounced(long id, String reason) {
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.getStatus().canMoveTo(DeliveryStatus.BOUNCED)) {
            return; // not sent by CRMir, never sent, or bounced already
        }
        FigureChange figuresMoving = figures.changingStatus(FigureSource.INTERACTION, id, message.getStatus(),
                DeliveryStatus.BOUNCED);
        message.bounced(reason);
        figuresMoving.apply();
        changed(message);
        notifications.notify(message.getAuthor(), "Email to " + message.getRecipient() + " bounced: " + reason,
                "/client.xhtml?id=" + message.getClientId());
    }

    private void changed(Interaction message) {
        statusChanged.fire(new MessageStatusChanged(message.getId(), message.getClientId(), message.getStatus(),
                message.getAuthor()));
    }
}
