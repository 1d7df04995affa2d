package org.crmir.financereport;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A recurrence as people say it: "Daily at 07:00, Europe/Zurich", "Weekly on Monday and Thursday at 07:00, UTC",
 * "Monthly on the last day at 07:00, Europe/Zurich", "Quarterly on day 5 of January, April, July and October at
 * 06:30, Europe/Berlin". English, as the rest of the screens.
 */
public final class RecurrenceWords {

    private RecurrenceWords() {
    }

    public static String of(Recurrence r) {
        String when = " at " + r.at() + ", " + r.zone().getId();
        String day = r.dayOfMonth() == null ? "the last day" : "day " + r.dayOfMonth();
        return switch (r.frequency()) {
            case DAILY -> "Daily" + when;
            case WEEKLY -> "Weekly on " + days(r) + when;
            case MONTHLY -> "Monthly on " + day + when;
            case QUARTERLY -> "Quarterly on " + day + " of January, April, July and October" + when;
        };
    }

    private static String days(Recurrence r) {
        List<String> names = r.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .toList();
        if (names.size() == 7) {
            return "every day";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A day's word, for forms. */
    public static String word(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
