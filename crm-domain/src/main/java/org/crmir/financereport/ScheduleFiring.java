package org.crmir.financereport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One firing of a schedule for one slot (unique: a slot fires once, whichever node or timer tries), with the runs
 * it queued (one per format) and, once the last of them finished, the e-mails it sent. Keeps the schedule's name
 * and owner, so that the archive still says who ran what after the schedule is deleted.
 */
@Entity
@Table(name = "report_schedule_firings")
public class ScheduleFiring implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "schedule_id", updatable = false)
    private Long scheduleId;

    @Column(name = "schedule_name", nullable = false, length = ScheduleDraft.NAME_MAX, updatable = false)
    private String scheduleName;

    @Column(nullable = false, length = 64, updatable = false)
    private String owner;

    @Column(nullable = false, updatable = false)
    private Instant slot;

    @Column(name = "fired_at", nullable = false, updatable = false)
    private Instant firedAt;

    @Column(name = "runs_left", nullable = false)
    private int runsLeft;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ScheduleFiring() {
    }

    public ScheduleFiring(ReportSchedule schedule, Instant slot, int runs, Instant now) {
        this.scheduleId = schedule.getId();
        this.scheduleName = schedule.getName();
        this.owner = schedule.getOwner();
        this.slot = slot;
        this.firedAt = now;
        this.runsLeft = runs;
    }

    /** One of its runs finished; true when it was the last. */
    public boolean runFinished(Instant now) {
        if (finishedAt != null) {
            return false;
        }
        runsLeft = Math.max(0, runsLeft - 1);
        if (runsLeft == 0) {
            finishedAt = now;
            return true;
        }
        return false;
    }

    public Long getId() { return id; }
    public Long getScheduleId() { return scheduleId; }
    public String getScheduleName() { return scheduleName; }
    public String getOwner() { return owner; }
    public Instant getSlot() { return slot; }
    public Instant getFiredAt() { return firedAt; }
    public int getRunsLeft() { return runsLeft; }
    public Instant getFinishedAt() { return finishedAt; }
}
