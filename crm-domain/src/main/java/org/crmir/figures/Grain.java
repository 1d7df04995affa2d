package org.crmir.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How finely an analytics trend is cut: one column per month, or per calendar quarter. */
public enum Grain {
    MONTH,
    QUARTER;

    /**
     * The periods from the first day of {@code from} to the last day of {@code to}, in order. A quarter that the
     * range cuts keeps only its months inside the range, and its label says which ("Q1 2026 (Feb–Mar)"), so that
     * no column counts days outside the range the user chose.
     */
    public List<TrendPeriod> periods(YearMonth from, YearMonth to, Locale locale) {
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        List<TrendPeriod> periods = new ArrayList<>();
        YearMonth start = from;
        while (!start.isAfter(to)) {
            YearMonth end = this == MONTH ? start : min(quarterEnd(start), to);
            String label;
            if (this == MONTH) {
                label = monthYear.format(start);
            } else {
                label = "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
                if (!start.equals(quarterStart(start)) || !end.equals(quarterEnd(start))) {
                    label += start.equals(end) ? " (" + month.format(start) + ")"
                            : " (" + month.format(start) + "–" + month.format(end) + ")";
                }
            }
            periods.add(new TrendPeriod(start.atDay(1), end.atEndOfMonth(), label));
            start = end.plusMonths(1);
        }
        return periods;
    }

    private static YearMonth quarterStart(YearMonth month) {
        return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
    }

    private static YearMonth quarterEnd(YearMonth month) {
        return quarterStart(month).plusMonths(2);
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? b : a;
    }

    /** The period of {@code periods} that holds {@code day}, or -1 when none does. */
    public static int indexOf(List<TrendPeriod> periods, LocalDate day) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(day)) {
                return i;
            }
        }
        return -1;
    }
}
