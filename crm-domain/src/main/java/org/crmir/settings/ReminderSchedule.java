package org.crmir.settings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crmir.shared.InvalidInputException;

/**
 * When clients are reminded of an unpaid invoice: on given days after its due date, such as 7, 21 and 45 (at most
 * five, each later than the one before, up to a year). None: no reminders. A reminder goes out for the latest day
 * that has come and was not reminded before, so an invoice found late gets one reminder, not a burst of them.
 */
public record ReminderSchedule(List<Integer> daysAfterDue) implements Serializable {

    public static final int MAX_REMINDERS = 5;
    public static final int MAX_DAYS = 365;
    /** The longest stored form: five numbers of up to three digits and their commas. */
    public static final int STORED_LENGTH = 40;

    public ReminderSchedule {
        daysAfterDue = List.copyOf(daysAfterDue);
    }

    public static ReminderSchedule none() {
        return new ReminderSchedule(List.of());
    }

    /** What a person typed ("7, 21, 45"; spaces, commas or semicolons between), or a refusal naming {@code field}. */
    public static ReminderSchedule parse(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return none();
        }
        if (text.length() > 100) {
            throw new InvalidInputException(field, "is too long: give up to " + MAX_REMINDERS + " numbers of days");
        }
        List<Integer> days = new ArrayList<>();
        for (String part : text.split("[\\s,;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("[0-9]{1,3}")) {
                throw new InvalidInputException(field, "\u201c" + part + "\u201d is not a number of days; write"
                        + " them like 7, 21, 45");
            }
            int day = Integer.parseInt(part);
            if (day < 1 || day > MAX_DAYS) {
                throw new InvalidInputException(field, "each day must be from 1 to " + MAX_DAYS + " days after the"
                        + " due date, not " + day);
            }
            if (!days.isEmpty() && day <= days.get(days.size() - 1)) {
                throw new InvalidInputException(field, "list the days in increasing order, each once, such as"
                        + " 7, 21, 45");
            }
            days.add(day);
        }
        if (days.size() > MAX_REMINDERS) {
            throw new InvalidInputException(field, "at most " + MAX_REMINDERS + " reminders, not " + days.size());
        }
        return new ReminderSchedule(days);
    }

    /** The stored form, such as "7,21,45"; read back with {@link #parse}. */
    public String stored() {
        return daysAfterDue.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** For people: "7, 21 and 45 days after the due date", or "no reminders". */
    public String describe() {
        if (isOff()) {
            return "no reminders";
        }
        List<String> days = daysAfterDue.stream().map(String::valueOf).toList();
        String list = days.size() == 1 ? days.get(0)
                : String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.get(days.size() - 1);
        return list + (days.size() == 1 && daysAfterDue.get(0) == 1 ? " day" : " days") + " after the due date";
    }

    public boolean isOff() {
        return daysAfterDue.isEmpty();
    }

    public int count() {
        return daysAfterDue.size();
    }

    /** How many reminders are due by {@code today} for an invoice due on {@code dueDate}: 0 to {@link #count}. */
    public int levelOn(LocalDate dueDate, LocalDate today) {
        long overdue = ChronoUnit.DAYS.between(dueDate, today);
        int level = 0;
        while (level < daysAfterDue.size() && daysAfterDue.get(level) <= overdue) {
            level++;
        }
        return level;
    }

    /**
     * The reminder to send today, 1-based, for an invoice {@code alreadySent} reminders were sent for; 0 when none
     * is due.
     */
    public int reminderDue(LocalDate dueDate, LocalDate today, int alreadySent) {
        int level = levelOn(dueDate, today);
        return level > alreadySent ? level : 0;
    }

    /** The due dates whose first reminder day has come by {@code today}: invoices due on or before this. */
    public LocalDate firstReminderDueOnOrBefore(LocalDate today) {
        return today.minusDays(isOff() ? 0 : daysAfterDue.get(0));
    }

    public boolean isLast(int reminder) {
        return reminder == daysAfterDue.size();
    }
}
