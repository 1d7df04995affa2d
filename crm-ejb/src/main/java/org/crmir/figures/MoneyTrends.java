package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crmir.identity.Role;

/**
 * The analytics page's money trends, month by month over a scope's days (whole months): revenue by product, client
 * segment and owner; invoicing against collections and days to pay. The page folds months into quarters.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class MoneyTrends {

    /** What a client without a segment is listed under. */
    public static final String NO_SEGMENT = "No segment";
    /** What clients nobody owns are listed under. */
    public static final String NO_OWNER = "Nobody";

    /** Revenue per segment and owner: a few rows a month where the product table has hundreds. */
    private static final String SEGMENTS = "fig_revenue_segment_months";

    @Inject
    EntityManager em;

    /**
     * Revenue by product per period of {@code grain}. The answer is the table as the page shows it, folded once
     * per change of the figures: at 10,000 products a year is 240,000 months, and folding them on every request
     * took nearly all of the analytics page's time (benchmark/screens).
     */
    @CachedFigures(reads = FigureSource.INVOICE)
    public List<PeriodRevenue> byProduct(FigureScope scope, Grain grain) {
        // Everyone's from the totals over owners: a row per product and month, not per owner as well.
        return revenue(scope, grain, scope.ownerId() == null ? "fig_revenue_product_totals"
                : "fig_revenue_product_months", "COALESCE(p.name, CASE WHEN f.product_id = 0 THEN '"
                + RankingFigures.WITHOUT_PRODUCT + "' ELSE CONCAT('#', f.product_id) END)",
                "LEFT JOIN products p ON p.id = f.product_id");
    }

    @CachedFigures(reads = FigureSource.INVOICE)
    public List<PeriodRevenue> bySegment(FigureScope scope, Grain grain) {
        return revenue(scope, grain, SEGMENTS, "CASE WHEN f.segment = '' THEN '" + NO_SEGMENT + "' ELSE f.segment END",
                "");
    }

    @CachedFigures(reads = FigureSource.INVOICE)
    public List<PeriodRevenue> byOwner(FigureScope scope, Grain grain) {
        return revenue(scope, grain, SEGMENTS, "COALESCE(u.display_name, '" + NO_OWNER + "')",
                "LEFT JOIN users u ON u.id = f.owner_id");
    }

    /** Per month and currency: issued, collected, settled and days to pay; months with nothing are left out. */
    @CachedFigures(reads = {FigureSource.INVOICE, FigureSource.PAYMENT})
    public List<MonthCollection> collections(FigureScope scope) {
        Map<String, long[]> settled = new TreeMap<>();
        Map<String, BigDecimal[]> money = new TreeMap<>();
        for (Object[] r : within(new ScopedQuery("SELECT month, currency, SUM(issued_amount)"
                + " FROM fig_invoices_issued_months WHERE 1 = 1", scope), "month", scope)
                .then("GROUP BY month, currency").rows(em)) {
            money.computeIfAbsent(key(r), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
                    ScopedQuery.decimal(r[2]);
        }
        for (Object[] r : within(new ScopedQuery("SELECT month, currency, SUM(amount)"
                + " FROM fig_collections_months WHERE 1 = 1", scope), "month", scope)
                .then("GROUP BY month, currency").rows(em)) {
            money.computeIfAbsent(key(r), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] =
                    ScopedQuery.decimal(r[2]);
        }
        for (Object[] r : within(new ScopedQuery("SELECT month, currency, SUM(settled_count), SUM(days_to_pay)"
                + " FROM fig_invoices_settled WHERE 1 = 1", scope), "month", scope)
                .then("GROUP BY month, currency").rows(em)) {
            settled.put(key(r), new long[] {ScopedQuery.count(r[2]), ScopedQuery.count(r[3])});
            money.computeIfAbsent(key(r), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        List<MonthCollection> result = new ArrayList<>();
        money.forEach((key, amounts) -> {
            long[] paid = settled.getOrDefault(key, new long[2]);
            result.add(new MonthCollection(YearMonth.parse(key.substring(0, 7)), key.substring(8), amounts[0],
                    amounts[1], paid[0], paid[1]));
        });
        return result;
    }

    /**
     * The scope's rows of the table, folded into the periods of {@code grain}. The fold adds up and sorts, so the
     * query neither groups nor sorts: grouping a year of 10,000 products by name took 1.1 s of the 1.25 s read.
     */
    private List<PeriodRevenue> revenue(FigureScope scope, Grain grain, String table, String item, String join) {
        ScopedQuery query = new ScopedQuery("f", "SELECT f.month, f.currency, " + item + " AS item, f.net_amount,"
                + " f.quantity FROM " + table + " f " + join + " WHERE 1 = 1", scope);
        List<MonthRevenue> months = new ArrayList<>();
        for (Object[] r : within(query, "f.month", scope).rows(em)) {
            months.add(new MonthRevenue(ScopedQuery.month(r[0]), (String) r[1], (String) r[2],
                    ScopedQuery.decimal(r[3]), ScopedQuery.decimal(r[4])));
        }
        return PeriodRevenue.fold(months, grain.periods(YearMonth.from(scope.from()), YearMonth.from(scope.to()),
                Locale.ROOT));
    }

    /**
     * The scope's whole months: from the first day of its first month to its last day. Month rows count whole
     * months: the analytics scope ends on a month's last day, and nothing is dated after today.
     */
    private static ScopedQuery within(ScopedQuery query, String column, FigureScope scope) {
        return query.and(column + " BETWEEN ? AND ?", scope.from().withDayOfMonth(1), scope.to());
    }

    private static String key(Object[] row) {
        return ScopedQuery.month(row[0]) + "|" + row[1];
    }
}
