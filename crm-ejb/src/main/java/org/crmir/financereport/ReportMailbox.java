package org.crmir.financereport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmir.communication.AttachmentData;
import org.crmir.communication.Outbox;
import org.crmir.communication.OutgoingMail;
import org.crmir.notification.NotificationService;

/**
 * The schedules' e-mails ({@link ReportDelivery}), as the mail dispatcher sends them: each step committed on its
 * own. A claim reads the outputs to attach (within the attachment limit, see {@link ScheduledMail}; larger ones
 * went as links); an output removed by retention before the e-mail went is not attached, and the body says so.
 * Called by the dispatcher with no caller, hence {@code @PermitAll}; a local bean only.
 */
@Stateless
@LocalBean // ScheduledRunEnd queues through it by its class
@Local(Outbox.class) // the dispatcher finds it by its interface
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportMailbox implements Outbox {

    static final String NAME = "reports";

    @Inject
    EntityManager em;

    @Inject
    ReportOutputs outputs;

    @EJB
    NotificationService notifications;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<OutgoingMail> claim(long id) {
        ReportDelivery delivery = em.find(ReportDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.startSending(Instant.now())) {
            return Optional.empty();
        }
        List<AttachmentData> files = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        if (delivery.getPurpose() == ReportDelivery.Purpose.OUTPUTS && delivery.isAttach()) {
            List<ReportRun> done = em.createQuery("SELECT r FROM ReportRun r WHERE r.firingId = :firing"
                            + " AND r.status = :done ORDER BY r.id", ReportRun.class)
                    .setParameter("firing", delivery.getFiringId()).setParameter("done", ReportRunStatus.DONE)
                    .getResultList();
            for (ReportRun run : done) {
                if (run.getOutputRemovedAt() == null) {
                    files.add(new AttachmentData(fileName(run), run.getFormat().contentType(), content(run)));
                } else {
                    removed.append(ScheduledMail.removedLine(run.getFormat()));
                }
            }
        }
        String body = removed.isEmpty() ? delivery.getBody() : ScheduledMail.withNote(delivery.getBody(),
                removed.toString());
        return Optional.of(new OutgoingMail(id, null, null, delivery.getRecipient(), delivery.getSubject(), body,
                files));
    }

    @Override
    public void sent(long id) {
        em.find(ReportDelivery.class, id, LockModeType.PESSIMISTIC_WRITE).sent(Instant.now());
    }

    @Override
    public void retryLater(long id, String error) {
        em.find(ReportDelivery.class, id, LockModeType.PESSIMISTIC_WRITE).retryLater(error, Instant.now());
    }

    /** The end: FAILED with why; the schedule's owner is told of an outputs e-mail that did not go. */
    @Override
    public void failed(long id, String error) {
        ReportDelivery delivery = em.find(ReportDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.failed(error, Instant.now())) {
            return;
        }
        if (delivery.getPurpose() == ReportDelivery.Purpose.OUTPUTS) {
            ScheduleFiring firing = em.find(ScheduleFiring.class, delivery.getFiringId());
            notifications.notify(firing.getOwner(), ScheduledRunEnd.notificationText("The e-mail of scheduled report"
                    + " \"" + firing.getScheduleName() + "\" to " + delivery.getRecipient() + " could not be sent: "
                    + error), ScheduledRunEnd.runsPage(firing));
        }
    }

    /** "aged-receivables-2026-12-01.pdf": the report and the day it was made for. */
    private static String fileName(ReportRun run) {
        ReportParameters p = run.parameterValues();
        String day = p.to() != null ? p.from() + "-to-" + p.to() : String.valueOf(p.asOfOr(
                run.getRequestedAt().atZone(ZoneOffset.UTC).toLocalDate()));
        return run.getReport().code() + "-" + day + "." + run.getFormat().extension();
    }

    private byte[] content(ReportRun run) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            outputs.writeTo(run.getId(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
