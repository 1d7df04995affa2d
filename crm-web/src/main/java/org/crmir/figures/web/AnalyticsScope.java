package org.crmir.figures.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crmir.figures.FigureScope;
import org.crmir.figures.Grain;
import org.crmir.figures.TrendPeriod;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.Messages;

/**
 * What the analytics page shows: a range of whole months (the last 12 by default), cut by month or quarter, for
 * whom and in which currency as on the dashboard ({@link FigureAudience}). Each analytics part reads {@link #scope()} and {@link #periods()}, in a request-scoped bean
 * of its own, so that a push or a change of range re-reads every part.
 */
@Named
@ViewScoped
public class AnalyticsScope extends FigureAudience {

    private static final long serialVersionUID = 1L;

    /** Ten years of columns is already more than a page can show. */
    static final int MAX_MONTHS = 120;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;
    private static final DateTimeFormatter READ_AT = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'");

    private YearMonth fromMonth;
    private YearMonth toMonth;
    private YearMonth shownFrom;
    private YearMonth shownTo;
    private Grain grain = Grain.MONTH;

    @PostConstruct
    void init() {
        toMonth = YearMonth.from(today());
        fromMonth = toMonth.minusMonths(11);
        shownFrom = fromMonth;
        shownTo = toMonth;
    }

    /** The figures to read: the range from the first day of its first month to the last day of its last. */
    public FigureScope scope() {
        return new FigureScope(owner(), getCurrency(), shownFrom.atDay(1), shownTo.atEndOfMonth(), today());
    }

    public Grain grain() {
        return grain;
    }

    /** The columns of a trend, in order. */
    public List<TrendPeriod> periods() {
        return grain.periods(shownFrom, shownTo, Labels.viewLocale());
    }

    /**
     * The range pickers changed. A range that ends before it starts, is empty, outside the years 1900 to 9999 or
     * longer than ten years is refused with a message, and the page keeps the range it showed.
     */
    public void rangeChanged() {
        String refusal = refusal(fromMonth, toMonth);
        if (refusal != null) {
            Messages.error(refusal);
            fromMonth = shownFrom;
            toMonth = shownTo;
            return;
        }
        shownFrom = fromMonth;
        shownTo = toMonth;
    }

    static String refusal(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            return "Choose both the first and the last month.";
        }
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            return "Choose months between 1900 and 9999.";
        }
        if (from.isAfter(to)) {
            return "The first month comes after the last one: choose a first month before it.";
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            return "Choose at most ten years (" + MAX_MONTHS + " months).";
        }
        return null;
    }

    /** When the figures shown were read: each push or change re-renders them, and this with them. */
    public String getReadAt() {
        return READ_AT.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    public YearMonth getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(YearMonth fromMonth) {
        this.fromMonth = fromMonth;
    }

    public YearMonth getToMonth() {
        return toMonth;
    }

    public void setToMonth(YearMonth toMonth) {
        this.toMonth = toMonth;
    }

    public Grain getGrain() {
        return grain;
    }

    /** A missing grain (a tampered post) keeps the one shown. */
    public void setGrain(Grain grain) {
        if (grain != null) {
            this.grain = grain;
        }
    }

    public List<Grain> getGrains() {
        return List.of(Grain.values());
    }

    /** Read on each request: a page left open overnight counts from the new day on its next push. */
    public LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
