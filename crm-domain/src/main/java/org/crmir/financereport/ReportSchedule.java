package org.crmir.financereport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report run on a recurrence for its recipients: which report, in which formats, for which relative period,
 * currency and client, when (a {@link Recurrence}), to whom, whose it is, and whether it is active. {@link #fire}
 * takes the slot that is due and plans the next one after the moment it fires, so that any downtime costs one
 * firing, not one per missed slot.
 */
@Entity
@Table(name = "report_schedules")
public class ReportSchedule implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = ScheduleDraft.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FinanceReport report;

    /** "PDF,XLSX": the formats, in the enum's order. */
    @Column(nullable = false, length = 20)
    private String formats;

    @Enumerated(EnumType.STRING)
    @Column(name = "relative_period", length = 20)
    private RelativePeriod period;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "client_id")
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Recurrence.Frequency frequency;

    /** "MONDAY,THURSDAY" for a weekly schedule, else null. */
    @Column(length = 60)
    private String days;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Column(name = "at_time", nullable = false)
    private LocalTime at;

    @Column(nullable = false, length = ScheduleDraft.ZONE_MAX)
    private String zone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_schedule_recipients", joinColumns = @JoinColumn(name = "schedule_id"))
    private List<ScheduleRecipient> recipients = new ArrayList<>();

    @Column(nullable = false, length = 64, updatable = false)
    private String owner;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    /** Firings that failed in a row; written by SQL updates only (bookkeeping, not a change of the schedule). */
    @Column(name = "failed_firings", nullable = false, insertable = false, updatable = false)
    private int failedFirings;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ReportSchedule() {
    }

    /** A new active schedule of {@code owner}, first firing at the recurrence's first slot after {@code now}. */
    public ReportSchedule(ScheduleDraft.Checked checked, String owner, Instant now) {
        this.owner = owner;
        this.createdAt = now;
        this.active = true;
        change(checked, now);
    }

    /** Takes what {@code checked} says; the next slot is planned afresh from {@code now} (none while paused). */
    public void change(ScheduleDraft.Checked checked, Instant now) {
        this.name = checked.name();
        this.report = checked.report();
        this.formats = checked.formats().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.period = checked.period();
        this.currency = checked.currency();
        this.clientId = checked.clientId();
        Recurrence r = checked.recurrence();
        this.frequency = r.frequency();
        this.days = r.days().isEmpty() || r.frequency() != Recurrence.Frequency.WEEKLY ? null
                : r.days().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.dayOfMonth = r.frequency() == Recurrence.Frequency.MONTHLY
                || r.frequency() == Recurrence.Frequency.QUARTERLY ? r.dayOfMonth() : null;
        this.at = r.at();
        this.zone = r.zone().getId();
        this.recipients.clear();
        this.recipients.addAll(checked.recipients());
        this.nextRunAt = active ? recurrence().nextAfter(now) : null;
    }

    /** Stops firing; slots passed while paused are not made up. */
    public void pause() {
        active = false;
        nextRunAt = null;
    }

    /** Fires again from the first slot after {@code now}. */
    public void resume(Instant now) {
        active = true;
        nextRunAt = recurrence().nextAfter(now);
    }

    /** Whether a slot is due at {@code now}. */
    public boolean isDue(Instant now) {
        return active && nextRunAt != null && !nextRunAt.isAfter(now);
    }

    /**
     * Takes the latest slot come by {@code now} and plans the next one after {@code now}: a schedule missed for
     * days fires once, for the last slot it missed (a monthly "last month" report down from January to March
     * reports February, not January), then waits for the next slot to come.
     */
    public Instant fire(Instant now) {
        Recurrence recurrence = recurrence();
        Instant slot = recurrence.lastAtOrBefore(now);
        nextRunAt = recurrence.nextAfter(now);
        return slot;
    }

    /**
     * What a run fired for {@code slot} covers: the relative period on the slot's day in the schedule's zone, or,
     * for a report as of a day, that day.
     */
    public ReportParameters parametersFor(Instant slot) {
        LocalDate day = slot.atZone(ZoneId.of(zone)).toLocalDate();
        if (report.hasPeriod()) {
            LocalDate[] covered = period.on(day);
            return new ReportParameters(covered[0], covered[1], currency, clientId);
        }
        return new ReportParameters(null, null, currency, clientId).asOf(day);
    }

    public Recurrence recurrence() {
        Set<DayOfWeek> weekdays = days == null ? Set.of() : Arrays.stream(days.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Recurrence(frequency, weekdays, dayOfMonth, at, ZoneId.of(zone));
    }

    public Set<ReportFormat> formatSet() {
        return Arrays.stream(formats.split(",")).map(ReportFormat::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportFormat.class)));
    }

    /** As audited. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("report", report.name());
        s.put("formats", formats);
        s.put("period", period == null ? "" : period.name());
        s.put("currency", currency);
        s.put("client", clientId == null ? "" : clientId.toString());
        s.put("recurrence", RecurrenceWords.of(recurrence()));
        s.put("recipients", recipients.toString());
        s.put("active", Boolean.toString(active));
        return s;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public FinanceReport getReport() { return report; }
    public RelativePeriod getPeriod() { return period; }
    public String getCurrency() { return currency; }
    public Long getClientId() { return clientId; }
    public List<ScheduleRecipient> getRecipients() { return List.copyOf(recipients); }
    public String getOwner() { return owner; }
    public boolean isActive() { return active; }
    public Instant getNextRunAt() { return nextRunAt; }
    public int getFailedFirings() { return failedFirings; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
