package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.crmir.figures.RankedProduct;
import org.crmir.figures.RankingFigures;

/** The dashboard's catalog: the products and services that brought the most revenue this year, per currency. */
@Named
@RequestScoped
public class CatalogTiles {

    @EJB
    RankingFigures rankings;

    @Inject
    DashboardScope scope;

    private List<RankedProduct> rows;

    public List<RankedProduct> getRows() {
        if (rows == null) {
            rows = rankings.topProducts(scope.scope());
        }
        return rows;
    }

    /** The first day of the year the ranking covers, for the invoice list of lines without a product. */
    public LocalDate getYearStart() {
        return scope.scope().today().withDayOfYear(1);
    }

    public LocalDate getToday() {
        return scope.scope().today();
    }
}
