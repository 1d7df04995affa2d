package org.crmir.financereport;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crmir.shared.InvalidInputException.Violation;
import org.crmir.shared.InvalidInputException;

/**
 * A schedule as asked for (on the page or through the API), before it is stored. {@link #checked} is the one place
 * its rules live: every broken rule at once, each naming its field, so that nothing is stored half right. Whether
 * the users and the client exist is the service's to check: it reads the database.
 */
public record ScheduleDraft(String name, FinanceReport report, Set<ReportFormat> formats, RelativePeriod period,
        String currency, Long clientId, Recurrence.Frequency frequency, Set<DayOfWeek> days, Integer dayOfMonth,
        LocalTime at, String zone, List<String> users, List<String> addresses) implements Serializable {

    /** The column sizes: {@code report_schedules.name}, the recipients' {@code recipient}, the zone. */
    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 254;
    public static final int USERNAME_MAX = 64;
    public static final int ZONE_MAX = 64;
    /**
     * The time zones a schedule may use, and the page offers: regions (Europe/Zurich) and UTC; not the legacy
     * (CET, EST5EDT, SystemV/...) and fixed-offset (Etc/GMT-2, +02:00) ids, which mean something else than they say.
     */
    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.equals("UTC")
            || z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();
    private static final Set<String> ZONE_SET = Set.copyOf(ZONES);
    /** More recipients than this is a mailing list's job, not a schedule's. */
    public static final int RECIPIENTS_MAX = 50;

    /** Plausible address: one @, no spaces, a dot in the domain; the mail library checks the rest when sent. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>()\"]+@[^@\\s,;<>()\"]+\\.[^@\\s,;<>()\".]+");

    /** What a checked draft says, ready to store. */
    public record Checked(String name, FinanceReport report, Set<ReportFormat> formats, RelativePeriod period,
            String currency, Long clientId, Recurrence recurrence, List<ScheduleRecipient> recipients)
                    implements Serializable {
    }

    /**
     * This draft, checked and tidied (names stripped, currency in capitals, addresses without duplicates), or
     * every broken rule at once, each naming its field: name, report, formats, period, currency, clientId,
     * frequency, days, dayOfMonth, at, zone, recipients (users and addresses).
     */
    public Checked checked() {
        List<Violation> broken = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            broken.add(new Violation("name", "is required: what the schedule is called"));
        } else if (cleanName.length() > NAME_MAX) {
            broken.add(new Violation("name", "is longer than " + NAME_MAX + " characters"));
        }
        Set<ReportFormat> chosen = formats == null || formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats);
        if (report == null) {
            broken.add(new Violation("report", "is required: one of the catalog's reports"));
        } else {
            checkReport(chosen, broken);
        }
        ZoneId zoneId = zoneOf(broken);
        Recurrence recurrence = new Recurrence(frequency, days, dayOfMonth, at, zoneId);
        try {
            if (zoneId != null || zone == null || zone.isBlank()) {
                recurrence.checked();
            }
        } catch (InvalidInputException invalid) {
            broken.addAll(invalid.getViolations());
        }
        List<ScheduleRecipient> recipients = recipients(broken);
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
        return new Checked(cleanName, report, chosen, period, currency.strip().toUpperCase(Locale.ROOT), clientId,
                recurrence, recipients);
    }

    private void checkReport(Set<ReportFormat> chosen, List<Violation> broken) {
        if (chosen.isEmpty()) {
            broken.add(new Violation("formats", "choose at least one: " + report.title() + " is offered as "
                    + report.formats()));
        } else if (!report.formats().containsAll(chosen)) {
            broken.add(new Violation("formats", report.title() + " is offered as " + report.formats()));
        }
        if (report.hasPeriod() && period == null) {
            broken.add(new Violation("period", "is required: the period each run covers, such as last month ("
                    + report.periodOf() + ")"));
        } else if (!report.hasPeriod() && period != null) {
            broken.add(new Violation("period", "is not taken: " + report.title() + " is as of the day it runs;"
                    + " leave the period out"));
        }
        // The currency and client rules are the runs' own: checked as a run of today would be.
        LocalDate[] days = period == null ? new LocalDate[2] : period.on(LocalDate.of(2000, 1, 1));
        try {
            new ReportParameters(report.hasPeriod() ? days[0] : null, report.hasPeriod() ? days[1] : null, currency,
                    clientId).checkedFor(report);
        } catch (InvalidInputException invalid) {
            invalid.getViolations().stream().filter(v -> !v.field().equals("from") && !v.field().equals("to"))
                    .forEach(broken::add);
        }
    }

    private ZoneId zoneOf(List<Violation> broken) {
        if (zone == null || zone.isBlank()) {
            return null; // the recurrence says it is required
        }
        String id = zone.strip();
        if (id.length() > ZONE_MAX || !ZONE_SET.contains(id)) {
            broken.add(new Violation("zone", "is not a time zone CRMir offers; use a region such as Europe/Zurich,"
                    + " or UTC (no offsets or legacy names such as CET)"));
            return null;
        }
        return ZoneId.of(id);
    }

    private List<ScheduleRecipient> recipients(List<Violation> broken) {
        Set<ScheduleRecipient> all = new LinkedHashSet<>();
        for (String user : users == null ? List.<String>of() : users) {
            String username = user == null ? "" : user.strip();
            if (username.isEmpty()) {
                continue;
            }
            if (username.length() > USERNAME_MAX) {
                broken.add(new Violation("users", "\"" + username.substring(0, 20) + "…\" is longer than "
                        + USERNAME_MAX + " characters: not a username"));
            } else if (all.stream().noneMatch(r -> r.isUser() && r.getValue().equalsIgnoreCase(username))) {
                all.add(ScheduleRecipient.user(username)); // usernames compare without case, as the database does
            }
        }
        for (String address : addresses == null ? List.<String>of() : addresses) {
            String clean = address == null ? "" : address.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > ADDRESS_MAX) {
                broken.add(new Violation("addresses", "an address is longer than " + ADDRESS_MAX + " characters"));
            } else if (!ADDRESS.matcher(clean).matches()) {
                broken.add(new Violation("addresses", "\"" + clean + "\" is not an e-mail address"));
            } else {
                all.add(ScheduleRecipient.address(clean.toLowerCase(Locale.ROOT)));
            }
        }
        if (all.isEmpty() && broken.stream().noneMatch(v -> v.field().equals("addresses")
                || v.field().equals("users"))) {
            broken.add(new Violation("recipients", "at least one is required: a user or an e-mail address"));
        } else if (all.size() > RECIPIENTS_MAX) {
            broken.add(new Violation("recipients", "at most " + RECIPIENTS_MAX + " recipients; use a mailing list"
                    + " address for more"));
        }
        return List.copyOf(all);
    }
}
