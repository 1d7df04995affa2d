package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.crmir.figures.CashFigures;
import org.crmir.figures.DaysSalesOutstanding;
import org.crmir.figures.MoneyFigures;

/** The dashboard's collections, invoicing and DSO per currency; read once a request. */
@Named
@RequestScoped
public class CashTiles {

    @EJB
    MoneyFigures figures;

    @Inject
    DashboardScope scope;

    private List<CashFigures> rows;

    public List<CashFigures> getRows() {
        if (rows == null) {
            rows = figures.cash(scope.scope());
        }
        return rows;
    }

    /** How DSO is counted, for its tile's tooltip. */
    public String dsoRule(CashFigures row) {
        return "Days sales outstanding: what is owed (" + org.crmir.shared.web.Formats.of(row.outstanding())
                + ") ÷ invoiced in the last " + DaysSalesOutstanding.DAYS + " days ("
                + org.crmir.shared.web.Formats.of(row.issuedInDsoWindow()) + ") × " + DaysSalesOutstanding.DAYS;
    }
}
