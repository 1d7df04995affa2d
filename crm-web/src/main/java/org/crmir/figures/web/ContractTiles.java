package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.crmir.figures.ContractFigures;

/** The dashboard's contracts: active ones and their recurring revenue per currency, and what ends soon. */
@Named
@RequestScoped
public class ContractTiles {

    @EJB
    ContractFigures figures;

    @Inject
    DashboardScope scope;

    private List<ContractFigures.Recurring> recurring;
    private ContractFigures.Soon soon;

    public List<ContractFigures.Recurring> getRecurring() {
        if (recurring == null) {
            recurring = figures.recurring(scope.scope());
        }
        return recurring;
    }

    public ContractFigures.Soon getSoon() {
        if (soon == null) {
            soon = figures.soon(scope.scope());
        }
        return soon;
    }

    public int getSoonDays() {
        return ContractFigures.SOON_DAYS;
    }
}
