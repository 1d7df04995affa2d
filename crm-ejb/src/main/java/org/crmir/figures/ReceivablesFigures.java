package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crmir.identity.Role;
import org.crmir.shared.Money;

/**
 * Receivables per currency from fig_receivables (or its totals over owners): one read of the open rows of the scope (a row per due date,
 * not per invoice), bucketed here by age on the scope's day.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ReceivablesFigures {

    @Inject
    EntityManager em;

    /**
     * Every currency with something open in the scope (its owner and currency; its days do not apply). The
     * database buckets the rows by due date, so a handful of rows come back, not one per due date.
     */
    @CachedFigures(reads = FigureSource.INVOICE)
    public List<Receivables> of(FigureScope scope) {
        StringBuilder bucket = new StringBuilder("CASE");
        List<Object> parameters = new ArrayList<>();
        for (AgingBucket b : AgingBucket.values()) {
            if (b.dueFrom(scope.today()) != null) {
                bucket.append(" WHEN due_date >= ? THEN ").append(b.ordinal());
                parameters.add(b.dueFrom(scope.today()));
            }
        }
        bucket.append(" ELSE ").append(AgingBucket.OVER_90.ordinal()).append(" END");
        ScopedQuery query = new ScopedQuery("SELECT currency, " + bucket + ", SUM(open_count), SUM(open_amount)"
                + " FROM " + ReceivablesTotalsSummary.tableFor(scope) + " WHERE 1 = 1", scope, parameters.toArray());
        List<Receivables> result = new ArrayList<>();
        Tally tally = null;
        for (Object[] cells : query.then("GROUP BY 1, 2 ORDER BY 1, 2").rows(em)) {
            String currency = (String) cells[0];
            if (tally == null || !tally.currency.equals(currency)) {
                if (tally != null) {
                    result.add(tally.receivables(scope.today()));
                }
                tally = new Tally(currency);
            }
            tally.add(AgingBucket.values()[(int) ScopedQuery.count(cells[1])], ScopedQuery.count(cells[2]),
                    ScopedQuery.decimal(cells[3]));
        }
        if (tally != null) {
            result.add(tally.receivables(scope.today()));
        }
        result.removeIf(r -> r.outstanding().count() == 0);
        return result;
    }

    /** Counts and amounts per bucket of one currency, as the rows come. */
    private static final class Tally {
        final String currency;
        final Map<AgingBucket, Long> counts = new EnumMap<>(AgingBucket.class);
        final Map<AgingBucket, BigDecimal> amounts = new EnumMap<>(AgingBucket.class);

        Tally(String currency) {
            this.currency = currency;
        }

        void add(AgingBucket bucket, long count, BigDecimal amount) {
            counts.merge(bucket, count, Long::sum);
            amounts.merge(bucket, amount, BigDecimal::add);
        }

        Receivables receivables(LocalDate today) {
            Map<AgingBucket, Receivables.Figure> aging = new EnumMap<>(AgingBucket.class);
            long openCount = 0;
            long overdueCount = 0;
            BigDecimal open = BigDecimal.ZERO;
            BigDecimal overdue = BigDecimal.ZERO;
            for (AgingBucket bucket : AgingBucket.values()) {
                long count = counts.getOrDefault(bucket, 0L);
                BigDecimal amount = amounts.getOrDefault(bucket, BigDecimal.ZERO);
                aging.put(bucket, new Receivables.Figure(Money.rounded(amount, currency), count,
                        bucket.dueFrom(today), bucket.dueTo(today)));
                openCount += count;
                open = open.add(amount);
                if (bucket.overdue()) {
                    overdueCount += count;
                    overdue = overdue.add(amount);
                }
            }
            return new Receivables(currency, new Receivables.Figure(Money.rounded(open, currency), openCount, null, null),
                    new Receivables.Figure(Money.rounded(overdue, currency), overdueCount, null,
                            AgingBucket.DAYS_1_30.dueTo(today)), aging);
        }
    }
}
