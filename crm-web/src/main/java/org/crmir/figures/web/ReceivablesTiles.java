package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.crmir.figures.AgingBucket;
import org.crmir.figures.ReceivablesFigures;
import org.crmir.figures.Receivables;

/** The dashboard's receivables: per currency, outstanding, overdue and the age buckets; read once a request. */
@Named
@RequestScoped
public class ReceivablesTiles {

    @EJB
    ReceivablesFigures figures;

    @Inject
    DashboardScope scope;

    private List<Receivables> rows;

    public List<Receivables> getRows() {
        if (rows == null) {
            rows = figures.of(scope.scope());
        }
        return rows;
    }

    public AgingBucket[] getBuckets() {
        return AgingBucket.values();
    }
}
