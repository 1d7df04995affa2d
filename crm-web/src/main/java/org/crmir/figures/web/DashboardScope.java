package org.crmir.figures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crmir.figures.FigureScope;

/**
 * Whose figures the dashboard shows and in which currency ({@link FigureAudience}), over which period.
 */
@Named
@ViewScoped
public class DashboardScope extends FigureAudience {

    private static final long serialVersionUID = 1L;

    private DashboardPeriod period = DashboardPeriod.THIS_MONTH;

    /** The scope every fragment reads, for today. */
    public FigureScope scope() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new FigureScope(owner(), getCurrency(), period.from(today), period.to(today), today);
    }

    public DashboardPeriod[] getPeriods() {
        return DashboardPeriod.values();
    }

    public DashboardPeriod getPeriod() {
        return period;
    }

    public void setPeriod(DashboardPeriod period) {
        this.period = period == null ? DashboardPeriod.THIS_MONTH : period;
    }
}
