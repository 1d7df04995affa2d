package org.crmir.financereport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.financereport.FinanceReport;
import org.crmir.financereport.Recurrence;
import org.crmir.financereport.RecurrenceWords;
import org.crmir.financereport.RelativePeriod;
import org.crmir.financereport.ReportFormat;
import org.crmir.financereport.ReportSchedule;
import org.crmir.financereport.ReportSchedules;
import org.crmir.financereport.ScheduleDraft;
import org.crmir.financereport.ScheduleFilter;
import org.crmir.financereport.ScheduleRecipient;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UserActions;

/**
 * Finance → Report schedules (/finance/report-schedules.xhtml): the schedules (by name, paged and filtered in the
 * database) with their recurrence in words, next run in the reader's locale, recipients and status; a form to
 * create or change one; pause, resume and delete (asked first); a link to each schedule's runs on the Reports page.
 */
@Named
@ViewScoped
public class ReportSchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DENIED = "Only finance and administrators schedule reports.";

    @EJB
    private ReportSchedules schedules;

    @EJB
    private ClientService clients;

    private String shownText;
    private Boolean shownActive;
    private PagedModel<ReportSchedule> model;

    /** The schedule being changed, or null for a new one. */
    private Long editing;
    private Long editingVersion;
    private String name;
    private FinanceReport report;
    private ReportFormat[] formats;
    private RelativePeriod period;
    private String currency;
    private String client;
    private Recurrence.Frequency frequency;
    private DayOfWeek[] days;
    private Integer dayOfMonth;
    private String at;
    private String zone;
    private String users;
    private String addresses;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> schedules.count(filter()), page -> schedules.list(filter(), page),
                ReportSchedule::getId);
        clear();
    }

    private ScheduleFilter filter() {
        return new ScheduleFilter(shownText, shownActive);
    }

    /** Empties the form for a new schedule. */
    public void clear() {
        editing = null;
        editingVersion = null;
        name = null;
        report = FinanceReport.AGED_RECEIVABLES;
        formats = new ReportFormat[] {ReportFormat.PDF};
        period = null;
        currency = "EUR";
        client = null;
        frequency = Recurrence.Frequency.MONTHLY;
        days = new DayOfWeek[] {DayOfWeek.MONDAY};
        dayOfMonth = 1;
        at = "07:00";
        zone = "Europe/Zurich";
        users = null;
        addresses = null;
    }

    /** Fills the form with schedule {@code id}, to change it. */
    public void edit(long id) {
        UserActions.attempt(() -> {
            ReportSchedule s = schedules.find(id);
            Recurrence r = s.recurrence();
            editing = s.getId();
            editingVersion = s.getVersion();
            name = s.getName();
            report = s.getReport();
            formats = s.formatSet().toArray(ReportFormat[]::new);
            period = s.getPeriod();
            currency = s.getCurrency();
            client = s.getClientId() == null ? null : ClientChoice.labelOf(clients, s.getClientId());
            frequency = r.frequency();
            days = r.days().stream().sorted().toArray(DayOfWeek[]::new);
            dayOfMonth = r.dayOfMonth();
            at = r.at().toString();
            zone = r.zone().getId();
            users = recipients(s, true);
            addresses = recipients(s, false);
        }, DENIED);
    }

    /** Creates the schedule, or saves the one being changed; the form empties after either. */
    public void save() {
        Long clientId = ClientChoice.idOf(client);
        if (client != null && !client.isBlank() && clientId == null) {
            Messages.error("Client: choose a client from the list, or leave the field empty for every client");
            return;
        }
        LocalTime time;
        try {
            time = at == null || at.isBlank() ? null : LocalTime.parse(at.strip());
        } catch (DateTimeParseException e) {
            Messages.error("At: is not a time of day such as 07:00");
            return;
        }
        // The form keeps the fields of other reports and frequencies; only those that apply are sent.
        boolean byDay = frequency == Recurrence.Frequency.MONTHLY || frequency == Recurrence.Frequency.QUARTERLY;
        ScheduleDraft draft = new ScheduleDraft(name, report, setOf(formats, ReportFormat.class),
                report != null && report.hasPeriod() ? period : null, currency, clientId, frequency,
                frequency == Recurrence.Frequency.WEEKLY ? setOf(days, DayOfWeek.class) : null,
                byDay ? dayOfMonth : null, time, zone, split(users), split(addresses));
        boolean isNew = editing == null;
        boolean saved = UserActions.attempt(() -> {
            ReportSchedule s = isNew ? schedules.create(draft, null) : schedules.update(editing, draft,
                    editingVersion);
            Messages.info("Schedule \"" + s.getName() + "\" " + (isNew ? "created" : "saved") + "; next run "
                    + nextRunOf(s));
        }, DENIED);
        if (saved) {
            clear();
        }
    }

    public void pause(long id) {
        UserActions.attempt(() -> Messages.info("Schedule \"" + schedules.pause(id).getName()
                + "\" paused: it does not run until it is resumed"), DENIED);
    }

    public void resume(long id) {
        UserActions.attempt(() -> {
            ReportSchedule s = schedules.resume(id);
            Messages.info("Schedule \"" + s.getName() + "\" resumed; next run " + nextRunOf(s));
        }, DENIED);
    }

    public void delete(long id) {
        UserActions.attempt(() -> {
            String deleted = schedules.find(id).getName();
            schedules.delete(id);
            if (Long.valueOf(id).equals(editing)) {
                clear();
            }
            Messages.info("Schedule \"" + deleted + "\" deleted; the runs it made stay on the Reports page");
        }, DENIED);
    }

    /** "Monthly on the last day at 07:00, Europe/Zurich". */
    public String recurrenceOf(ReportSchedule s) {
        return RecurrenceWords.of(s.recurrence());
    }

    /** The next run in the reader's locale, in the schedule's zone: "1 Jan 2027, 07:00 (Europe/Zurich)". */
    public String nextRunOf(ReportSchedule s) {
        return nextRun(s, Labels.viewLocale());
    }

    static String nextRun(ReportSchedule s, Locale locale) {
        if (!s.isActive() || s.getNextRunAt() == null) {
            return "none while paused";
        }
        ZoneId zoneId = ZoneId.of(s.recurrence().zone().getId());
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(s.getNextRunAt().atZone(zoneId)) + " (" + zoneId.getId() + ")";
    }

    public String recipientsOf(ReportSchedule s) {
        return s.getRecipients().stream().map(ScheduleRecipient::getValue).collect(Collectors.joining(", "));
    }

    public String statusOf(ReportSchedule s) {
        return s.isActive() ? "Active" : "Paused";
    }

    public String formatsOf(ReportSchedule s) {
        return s.formatSet().stream().map(this::formatWord).collect(Collectors.joining(", "));
    }

    public String formatWord(ReportFormat f) {
        return f == ReportFormat.XLSX ? "Excel (XLSX)" : f.name();
    }

    public String frequencyWord(Recurrence.Frequency f) {
        return switch (f) {
            case DAILY -> "Daily";
            case WEEKLY -> "Weekly";
            case MONTHLY -> "Monthly";
            case QUARTERLY -> "Quarterly";
        };
    }

    public String dayWord(DayOfWeek d) {
        return RecurrenceWords.word(d);
    }

    public List<String> completeClient(String text) {
        return ClientChoice.complete(clients, text);
    }

    private static String recipients(ReportSchedule s, boolean ofUsers) {
        return s.getRecipients().stream().filter(r -> r.isUser() == ofUsers).map(ScheduleRecipient::getValue)
                .collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> java.util.Set<E> setOf(E[] chosen, Class<E> type) {
        java.util.Set<E> set = EnumSet.noneOf(type);
        if (chosen != null) {
            set.addAll(Arrays.asList(chosen));
        }
        return set;
    }

    /** "a@x.ch, b@y.ch" or one a line: the parts, without blanks. */
    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(p -> !p.isBlank()).toList();
    }

    public boolean isEditingExisting() { return editing != null; }
    public FinanceReport[] getReports() { return FinanceReport.values(); }
    public ReportFormat[] getAllFormats() { return ReportFormat.values(); }
    public RelativePeriod[] getPeriods() { return RelativePeriod.values(); }
    public Recurrence.Frequency[] getFrequencies() { return Recurrence.Frequency.values(); }
    public DayOfWeek[] getWeekdays() { return DayOfWeek.values(); }
    public List<String> getZones() { return ScheduleDraft.ZONES; }
    public PagedModel<ReportSchedule> getModel() { return model; }
    public String getShownText() { return shownText; }
    public void setShownText(String shownText) { this.shownText = shownText; }
    public Boolean getShownActive() { return shownActive; }
    public void setShownActive(Boolean shownActive) { this.shownActive = shownActive; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public FinanceReport getReport() { return report; }
    public void setReport(FinanceReport report) { this.report = report; }
    public ReportFormat[] getFormats() { return formats; }
    public void setFormats(ReportFormat[] formats) { this.formats = formats; }
    public RelativePeriod getPeriod() { return period; }
    public void setPeriod(RelativePeriod period) { this.period = period; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getClient() { return client; }
    public void setClient(String client) { this.client = client; }
    public Recurrence.Frequency getFrequency() { return frequency; }
    public void setFrequency(Recurrence.Frequency frequency) { this.frequency = frequency; }
    public DayOfWeek[] getDays() { return days; }
    public void setDays(DayOfWeek[] days) { this.days = days; }
    public Integer getDayOfMonth() { return dayOfMonth; }
    public void setDayOfMonth(Integer dayOfMonth) { this.dayOfMonth = dayOfMonth; }
    public String getAt() { return at; }
    public void setAt(String at) { this.at = at; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getUsers() { return users; }
    public void setUsers(String users) { this.users = users; }
    public String getAddresses() { return addresses; }
    public void setAddresses(String addresses) { this.addresses = addresses; }
}
