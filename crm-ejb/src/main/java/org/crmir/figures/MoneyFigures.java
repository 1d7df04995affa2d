package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmir.identity.Role;
import org.crmir.shared.Money;

/**
 * The dashboard's money figures, read from the summary tables (rows per day, not per invoice or payment):
 * collections, invoicing, days sales outstanding, and the months of invoicing against collections.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class MoneyFigures {

    @Inject
    EntityManager em;

    /** Per currency with anything in the scope: three reads, each of a few rows per day and currency. */
    @CachedFigures(reads = {FigureSource.INVOICE, FigureSource.PAYMENT})
    public List<CashFigures> cash(FigureScope scope) {
        LocalDate today = scope.today();
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate lastMonthStart = monthStart.minusMonths(1);
        LocalDate lastMonthEnd = monthStart.minusDays(1);
        LocalDate dsoStart = DaysSalesOutstanding.windowStart(today);
        // Today's from the daily rows, this and last month's from the monthly ones: a few rows each.
        Map<String, BigDecimal[]> collected = new TreeMap<>();
        for (Object[] r : new ScopedQuery("SELECT currency, SUM(amount), SUM(payment_count) FROM fig_collections"
                + " WHERE 1 = 1", scope).and("received_on = ?", today).then("GROUP BY currency").rows(em)) {
            BigDecimal[] in = collected.computeIfAbsent((String) r[0], currency -> new BigDecimal[6]);
            System.arraycopy(decimals(r), 0, in, 0, 2);
        }
        for (Object[] r : new ScopedQuery("SELECT currency,"
                + " SUM(CASE WHEN month = ? THEN amount ELSE 0 END),"
                + " SUM(CASE WHEN month = ? THEN payment_count ELSE 0 END),"
                + " SUM(CASE WHEN month < ? THEN amount ELSE 0 END),"
                + " SUM(CASE WHEN month < ? THEN payment_count ELSE 0 END)"
                + " FROM fig_collections_months WHERE 1 = 1", scope, monthStart, monthStart, monthStart, monthStart)
                .and("month BETWEEN ? AND ?", lastMonthStart, monthStart).then("GROUP BY currency").rows(em)) {
            BigDecimal[] in = collected.computeIfAbsent((String) r[0], currency -> new BigDecimal[6]);
            System.arraycopy(decimals(r), 0, in, 2, 4);
        }
        LocalDate issuedFrom = min(min(monthStart, scope.from()), dsoStart);
        LocalDate issuedTo = scope.to().isAfter(today) ? scope.to() : today;
        Map<String, BigDecimal[]> issued = new TreeMap<>();
        for (Object[] r : new ScopedQuery("SELECT currency,"
                + " SUM(CASE WHEN issue_date BETWEEN ? AND ? THEN issued_amount ELSE 0 END),"
                + " SUM(CASE WHEN issue_date BETWEEN ? AND ? THEN issued_count ELSE 0 END),"
                + " SUM(CASE WHEN issue_date BETWEEN ? AND ? THEN issued_amount ELSE 0 END),"
                + " SUM(CASE WHEN issue_date BETWEEN ? AND ? THEN issued_count ELSE 0 END),"
                + " SUM(CASE WHEN issue_date BETWEEN ? AND ? THEN issued_amount ELSE 0 END)"
                + " FROM " + IssuedTotalsSummary.tableFor(scope) + " WHERE 1 = 1", scope, monthStart, today,
                monthStart, today, scope.from(), scope.to(), scope.from(), scope.to(), dsoStart, today)
                .and("issue_date BETWEEN ? AND ?", issuedFrom, issuedTo).then("GROUP BY currency").rows(em)) {
            issued.put((String) r[0], decimals(r));
        }
        Map<String, BigDecimal> outstanding = new TreeMap<>();
        for (Object[] r : new ScopedQuery("SELECT currency, SUM(open_amount) FROM "
                + ReceivablesTotalsSummary.tableFor(scope) + " WHERE 1 = 1", scope).then("GROUP BY currency")
                .rows(em)) {
            outstanding.put((String) r[0], ScopedQuery.decimal(r[1]));
        }
        TreeSet<String> currencies = new TreeSet<>(collected.keySet());
        currencies.addAll(issued.keySet());
        currencies.addAll(outstanding.keySet());
        List<CashFigures> result = new ArrayList<>();
        for (String currency : currencies) {
            BigDecimal[] in = collected.getOrDefault(currency, new BigDecimal[6]);
            BigDecimal[] out = issued.getOrDefault(currency, new BigDecimal[5]);
            BigDecimal open = outstanding.getOrDefault(currency, BigDecimal.ZERO);
            result.add(new CashFigures(currency,
                    figure(currency, in[0], in[1], today, today),
                    figure(currency, in[2], in[3], monthStart, today),
                    figure(currency, in[4], in[5], lastMonthStart, lastMonthEnd),
                    figure(currency, out[0], out[1], monthStart, today),
                    figure(currency, out[2], out[3], scope.from(), scope.to()),
                    Money.rounded(open, currency), Money.rounded(zeroIfNull(out[4]), currency),
                    DaysSalesOutstanding.of(open, zeroIfNull(out[4]))));
        }
        return result;
    }

    /** Invoiced and collected per month over the {@code months} months up to the scope's today, per currency. */
    @CachedFigures(reads = {FigureSource.INVOICE, FigureSource.PAYMENT})
    public List<MonthMoney> months(FigureScope scope, int months) {
        YearMonth last = YearMonth.from(scope.today());
        YearMonth first = last.minusMonths(months - 1L);
        Map<String, Map<YearMonth, BigDecimal[]>> byCurrency = new TreeMap<>();
        for (Object[] r : new ScopedQuery("SELECT currency, month, SUM(issued_amount), SUM(issued_count)"
                + " FROM fig_invoices_issued_months WHERE 1 = 1", scope)
                .and("month BETWEEN ? AND ?", first.atDay(1), scope.today())
                .then("GROUP BY currency, month").rows(em)) {
            cell(byCurrency, r)[0] = ScopedQuery.decimal(r[2]);
            cell(byCurrency, r)[1] = ScopedQuery.decimal(r[3]);
        }
        for (Object[] r : new ScopedQuery("SELECT currency, month, SUM(amount), SUM(payment_count)"
                + " FROM fig_collections_months WHERE 1 = 1", scope)
                .and("month BETWEEN ? AND ?", first.atDay(1), scope.today())
                .then("GROUP BY currency, month").rows(em)) {
            cell(byCurrency, r)[2] = ScopedQuery.decimal(r[2]);
            cell(byCurrency, r)[3] = ScopedQuery.decimal(r[3]);
        }
        List<MonthMoney> result = new ArrayList<>();
        byCurrency.forEach((currency, byMonth) -> {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                BigDecimal[] m = byMonth.getOrDefault(month, new BigDecimal[4]);
                LocalDate end = month.equals(last) ? scope.today() : month.atEndOfMonth();
                result.add(new MonthMoney(currency, month, figure(currency, m[0], m[1], month.atDay(1), end),
                        figure(currency, m[2], m[3], month.atDay(1), end)));
            }
        });
        return result;
    }

    private static BigDecimal[] cell(Map<String, Map<YearMonth, BigDecimal[]>> byCurrency, Object[] row) {
        return byCurrency.computeIfAbsent((String) row[0], c -> new TreeMap<>())
                .computeIfAbsent(ScopedQuery.month(row[1]), m -> new BigDecimal[4]);
    }

    private static MoneyFigure figure(String currency, BigDecimal amount, BigDecimal count, LocalDate from,
            LocalDate to) {
        return new MoneyFigure(Money.rounded(zeroIfNull(amount), currency), zeroIfNull(count).longValue(), from, to);
    }

    private static BigDecimal[] decimals(Object[] row) {
        BigDecimal[] values = new BigDecimal[row.length - 1];
        for (int i = 1; i < row.length; i++) {
            values[i - 1] = ScopedQuery.decimal(row[i]);
        }
        return values;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
