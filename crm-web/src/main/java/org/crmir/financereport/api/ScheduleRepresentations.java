package org.crmir.financereport.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crmir.financereport.FinanceReport;
import org.crmir.financereport.Recurrence;
import org.crmir.financereport.RecurrenceWords;
import org.crmir.financereport.RelativePeriod;
import org.crmir.financereport.ReportDelivery;
import org.crmir.financereport.ReportFormat;
import org.crmir.financereport.ReportSchedule;
import org.crmir.financereport.ScheduleDraft;
import org.crmir.financereport.ScheduleRecipient;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.InvalidInputException.Violation;

/** The JSON of {@code /api/v1/report-schedules}: codes in lower case with hyphens, as the reports API's. */
public final class ScheduleRepresentations {

    private ScheduleRepresentations() {
    }

    /**
     * A schedule as sent: report (a catalog code), formats (pdf, xlsx, csv), period (last-month, ...; none for a
     * report as of a day), currency, clientId, frequency (daily, weekly, monthly, quarterly), days (monday, ...;
     * weekly), dayOfMonth (1 to 31, none for the last day; monthly and quarterly), at ("07:00"), zone
     * ("Europe/Zurich"), users (usernames) and addresses; version on a change.
     */
    public record ScheduleRequest(String name, String report, List<String> formats, String period, String currency,
            Long clientId, String frequency, List<String> days, Integer dayOfMonth, String at, String zone,
            List<String> users, List<String> addresses, Long version) {

        /** The draft, or every value that is not one of its kind at once, each naming its field. */
        ScheduleDraft draft() {
            List<Violation> broken = new ArrayList<>();
            FinanceReport which = null;
            if (report != null && !report.isBlank()) {
                which = FinanceReport.byCode(report).orElse(null);
                if (which == null) {
                    broken.add(new Violation("report", "is not a report of the catalog"));
                }
            } else {
                broken.add(new Violation("report", "is required: one of the catalog's reports"));
            }
            Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
            for (String f : formats == null ? List.<String>of() : formats) {
                ReportFormat format = ReportRepresentations.formatOf(f);
                if (format == null) {
                    broken.add(new Violation("formats", "\"" + f + "\" is not pdf, xlsx or csv"));
                } else {
                    chosen.add(format);
                }
            }
            RelativePeriod relative = period == null || period.isBlank() ? null
                    : value("period", period, RelativePeriod.class, broken);
            Recurrence.Frequency every = frequency == null || frequency.isBlank() ? null
                    : value("frequency", frequency, Recurrence.Frequency.class, broken);
            Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
            for (String d : days == null ? List.<String>of() : days) {
                DayOfWeek day = value("days", d, DayOfWeek.class, broken);
                if (day != null) {
                    weekdays.add(day);
                }
            }
            LocalTime time = null;
            if (at != null && !at.isBlank()) {
                try {
                    time = LocalTime.parse(at.strip());
                } catch (DateTimeParseException e) {
                    broken.add(new Violation("at", "is not a time of day such as 07:00"));
                }
            }
            if (!broken.isEmpty()) {
                throw new InvalidInputException(broken);
            }
            return new ScheduleDraft(name, which, chosen, relative, currency, clientId, every, weekdays, dayOfMonth,
                    time, zone, users, addresses);
        }

        private static <E extends Enum<E>> E value(String field, String text, Class<E> type, List<Violation> broken) {
            String wanted = text == null ? "" : text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
            broken.add(new Violation(field, "\"" + text + "\" is not one of " + codes(type)));
            return null;
        }
    }

    /** A schedule: what it runs, when (also in words), for whom, whose, active or paused, and its next run. */
    public record ScheduleRepresentation(long id, String name, String report, List<String> formats, String period,
            String currency, Long clientId, String frequency, List<String> days, Integer dayOfMonth, String at,
            String zone, String recurrence, List<String> users, List<String> addresses, String owner, String status,
            Instant nextRunAt, long version, String runs) {

        static ScheduleRepresentation of(ReportSchedule s) {
            Recurrence r = s.recurrence();
            return new ScheduleRepresentation(s.getId(), s.getName(), s.getReport().code(),
                    s.formatSet().stream().map(ScheduleRepresentations::code).toList(),
                    s.getPeriod() == null ? null : code(s.getPeriod()), s.getCurrency(), s.getClientId(),
                    code(r.frequency()), r.days().stream().sorted().map(ScheduleRepresentations::code).toList(),
                    r.dayOfMonth(), r.at().toString(), r.zone().getId(), RecurrenceWords.of(r),
                    s.getRecipients().stream().filter(ScheduleRecipient::isUser).map(ScheduleRecipient::getValue)
                            .toList(),
                    s.getRecipients().stream().filter(x -> !x.isUser()).map(ScheduleRecipient::getValue).toList(),
                    s.getOwner(), s.isActive() ? "active" : "paused", s.getNextRunAt(), s.getVersion(),
                    "/api/v1/report-schedules/" + s.getId() + "/runs");
        }
    }

    /** An e-mail a firing sent: to whom, what (outputs, or the owner's notice of a failure), how it went, when. */
    public record DeliveryRepresentation(String recipient, String username, String purpose, String status,
            String error, Instant at, Instant sentAt) {

        static DeliveryRepresentation of(ReportDelivery d) {
            return new DeliveryRepresentation(d.getRecipient(), d.getUsername(), code(d.getPurpose()),
                    code(d.getStatus()), d.getError(), d.getUpdatedAt(), d.getSentAt());
        }
    }

    /** A run a schedule made, with the e-mails its firing sent. */
    public record ScheduledRunRepresentation(ReportRepresentations.RunRepresentation run,
            List<DeliveryRepresentation> deliveries) {
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String codes(Class<? extends Enum<?>> type) {
        List<String> all = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            all.add(code(e));
        }
        return String.join(", ", all);
    }
}
