package org.crmir.financereport;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmir.communication.Outboxes;
import org.crmir.document.PublicLinks;
import org.crmir.identity.UserAccount;
import org.crmir.notification.NotificationService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Text;

/**
 * What happens when a run a schedule made finishes, in the transaction that records it finished: a failed run is
 * told to the schedule's owner (a notification linking to the schedule's runs, and an e-mail); when the firing's
 * last run finishes, each recipient gets one e-mail with the outputs (queued now, sent after the commit). The
 * firing's row lock orders the runs of one firing that finish at once, so exactly one of them sees it is the last.
 */
@ApplicationScoped
public class ScheduledRunEnd {

    /** The Reports page, showing one schedule's runs. */
    static final String RUNS_PAGE = "/finance/reports.xhtml?schedule=";

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Outboxes outboxes;

    @EJB
    ReportMailbox mailbox;

    @EJB
    NotificationService notifications;

    @Inject
    ScheduleOwners owners;

    /** Called with {@code run} just marked DONE or FAILED, in that transaction; nothing for a run of no schedule. */
    public void finished(ReportRun run) {
        if (run.getFiringId() == null) {
            return;
        }
        ScheduleFiring firing = em.find(ScheduleFiring.class, run.getFiringId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (run.getStatus() == ReportRunStatus.FAILED) {
            tellOwner(firing, run, now);
        }
        if (!firing.runFinished(now)) {
            return;
        }
        // Read after the firing's lock: every other run of it committed its end before this could take the lock.
        List<ReportRun> made = em.createQuery("SELECT r FROM ReportRun r WHERE r.firingId = :firing ORDER BY r.id",
                ReportRun.class).setParameter("firing", firing.getId()).getResultList();
        ReportSchedule schedule = firing.getScheduleId() == null ? null
                : em.find(ReportSchedule.class, firing.getScheduleId());
        if (schedule == null || made.stream().noneMatch(r -> r.getStatus() == ReportRunStatus.DONE)) {
            return; // deleted meanwhile, or nothing to send: the owner has been told of each failure
        }
        mailOutputs(firing, schedule, made, now);
    }

    private void mailOutputs(ScheduleFiring firing, ReportSchedule schedule, List<ReportRun> made, Instant now) {
        List<ScheduledMail.Output> outputs = made.stream().map(r -> new ScheduledMail.Output(r.getId(),
                r.getFormat(), r.getStatus(), r.getSizeBytes())).toList();
        boolean attach = ScheduledMail.attach(outputs, ScheduledMail.attachLimitBytes(
                System.getProperty(ScheduledMail.ATTACH_MB_PROPERTY)));
        ReportRun first = made.get(0);
        String subject = ScheduledMail.subject(firing.getScheduleName(), first.getReport(), first.parameterValues());
        String body = ScheduledMail.body(firing.getScheduleName(), first.getReport(), first.parameterValues(),
                outputs, attach, PublicLinks.publicUrl(), owners.user(firing.getOwner()).map(UserAccount::getEmail)
                        .filter(e -> e != null && !e.isBlank()).orElse(firing.getOwner()));
        for (ScheduleRecipient recipient : schedule.getRecipients()) {
            if (!recipient.isUser()) {
                queue(new ReportDelivery(firing.getId(), recipient.getValue(), null, ReportDelivery.Purpose.OUTPUTS,
                        subject, body, attach, now));
                continue;
            }
            Optional<UserAccount> user = owners.user(recipient.getValue());
            ReportDelivery delivery = new ReportDelivery(firing.getId(), user.map(UserAccount::getEmail)
                    .filter(e -> e != null && !e.isBlank()).orElse(recipient.getValue()), recipient.getValue(),
                    ReportDelivery.Purpose.OUTPUTS, subject, body, attach, now);
            if (user.isEmpty() || !user.get().isActive() || user.get().getEmail() == null
                    || user.get().getEmail().isBlank()) {
                delivery.failed("User " + recipient.getValue() + (user.isEmpty() ? " no longer exists"
                        : !user.get().isActive() ? " is deactivated" : " has no e-mail address"), now);
                em.persist(delivery);
            } else {
                queue(delivery);
            }
        }
    }

    /**
     * The owner hears of a failed run on the bell (linking to the schedule's runs) and by e-mail; an owner who is
     * deactivated or gone cannot, so the administrators are told on the bell and the notice is recorded as not sent.
     */
    private void tellOwner(ScheduleFiring firing, ReportRun run, Instant now) {
        String text = notificationText("Scheduled report \"" + firing.getScheduleName() + "\" ("
                + run.getReport().title() + ", " + run.getFormat().name() + ") failed: " + run.getFailure());
        Optional<UserAccount> owner = owners.user(firing.getOwner());
        ReportDelivery notice = new ReportDelivery(firing.getId(), owner.map(UserAccount::getEmail)
                .filter(e -> e != null && !e.isBlank()).orElse(firing.getOwner()), firing.getOwner(),
                ReportDelivery.Purpose.NOTICE, ScheduledMail.noticeSubject(firing.getScheduleName(), run.getReport()),
                ScheduledMail.noticeBody(firing.getScheduleName(), run, PublicLinks.publicUrl(),
                        firing.getScheduleId()), false, now);
        if (owner.isEmpty() || !owner.get().isActive()) {
            owners.tellAdministrators(notificationText(text + " (its owner " + firing.getOwner()
                    + (owner.isEmpty() ? " no longer exists)" : " is deactivated)")), runsPage(firing));
            notice.failed("Owner " + firing.getOwner() + (owner.isEmpty() ? " no longer exists"
                    : " is deactivated") + "; the administrators were told instead", now);
            em.persist(notice);
            return;
        }
        notifications.notify(firing.getOwner(), text, runsPage(firing));
        if (owner.get().getEmail() != null && !owner.get().getEmail().isBlank()) {
            queue(notice);
        }
    }

    /** A notification's text fits its column (500): a long reason ends in an ellipsis; the e-mail has it whole. */
    static String notificationText(String text) {
        return Text.cut(text, 500);
    }

    /** The Reports page with the firing's schedule's runs, or every run once the schedule is deleted. */
    static String runsPage(ScheduleFiring firing) {
        return firing.getScheduleId() == null ? "/finance/reports.xhtml" : RUNS_PAGE + firing.getScheduleId();
    }

    private void queue(ReportDelivery delivery) {
        em.persist(delivery);
        em.flush();
        outboxes.queue(mailbox, delivery.getId());
    }
}
