package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.crmir.figures.SalesFigures;

/** The dashboard's sales: open quotes by status and currency, and how the last 90 days' quotes were decided. */
@Named
@RequestScoped
public class SalesTiles {

    @EJB
    SalesFigures figures;

    @Inject
    DashboardScope scope;

    private List<SalesFigures.OpenQuotes> openQuotes;
    private SalesFigures.Decisions decisions;

    public List<SalesFigures.OpenQuotes> getOpenQuotes() {
        if (openQuotes == null) {
            openQuotes = figures.openQuotes(scope.scope());
        }
        return openQuotes;
    }

    public SalesFigures.Decisions getDecisions() {
        if (decisions == null) {
            decisions = figures.lastDecisions(scope.scope());
        }
        return decisions;
    }

    public int getDecisionDays() {
        return SalesFigures.DECISION_DAYS;
    }
}
