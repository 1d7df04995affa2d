package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmir.identity.Role;
import org.crmir.shared.Money;

/**
 * The sales figures of the dashboard and analytics, read from fig_quotes, fig_quote_created and
 * fig_quote_decisions: open quotes, how quotes were decided and how far the quotes of a period got. Statuses are
 * QuoteStatus names (this package knows no feature).
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class SalesFigures {

    /** How far back the win rate and days to accept look, today included. */
    public static final int DECISION_DAYS = 90;

    @Inject
    EntityManager em;

    /** Drafts and sent quotes per currency and status, with their value; the scope's days do not apply. */
    @CachedFigures(reads = FigureSource.QUOTE)
    public List<OpenQuotes> openQuotes(FigureScope scope) {
        List<OpenQuotes> open = new ArrayList<>();
        for (Object[] row : ScopedQuery.of("SELECT currency, status, SUM(quote_count), SUM(quote_value)"
                        + " FROM fig_quotes", scope, true).and("status IN ('DRAFT', 'SENT')")
                .then("GROUP BY currency, status ORDER BY currency, status").rows(em)) {
            long count = ScopedQuery.count(row[2]);
            if (count > 0) {
                String currency = (String) row[0];
                open.add(new OpenQuotes(currency, (String) row[1], count,
                        Money.rounded(ScopedQuery.decimal(row[3]), currency)));
            }
        }
        return open;
    }

    /** Quotes decided over the {@value #DECISION_DAYS} days up to the scope's today. */
    @CachedFigures(reads = FigureSource.QUOTE)
    public Decisions lastDecisions(FigureScope scope) {
        LocalDate from = scope.today().minusDays(DECISION_DAYS - 1);
        Map<LocalDate, QuoteOutcomes> byMonth = decisions(scope, from, scope.today());
        return new Decisions(from, scope.today(), byMonth.values().stream().reduce(NONE, SalesFigures::plus));
    }

    /** Quotes decided per month (the first of each month) over the scope's days. */
    @CachedFigures(reads = FigureSource.QUOTE)
    public Map<LocalDate, QuoteOutcomes> decisionsByMonth(FigureScope scope) {
        return decisions(scope, scope.from(), scope.to());
    }

    /** The quotes created over the scope's days and how far each got. */
    @CachedFigures(reads = FigureSource.QUOTE)
    public Funnel funnel(FigureScope scope) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : ScopedQuery.of("SELECT status, SUM(quote_count) FROM fig_quote_created", scope, true)
                .and("created_on BETWEEN ? AND ?", scope.from(), scope.to()).then("GROUP BY status").rows(em)) {
            counts.put((String) row[0], ScopedQuery.count(row[1]));
        }
        return new Funnel(scope.from(), scope.to(), new QuoteFunnel(counts.getOrDefault("DRAFT", 0L),
                counts.getOrDefault("SENT", 0L), counts.getOrDefault("ACCEPTED", 0L),
                counts.getOrDefault("DECLINED", 0L), counts.getOrDefault("EXPIRED", 0L),
                counts.getOrDefault("CONVERTED", 0L)));
    }

    private static final QuoteOutcomes NONE = new QuoteOutcomes(0, 0, 0, 0, 0);

    private Map<LocalDate, QuoteOutcomes> decisions(FigureScope scope, LocalDate from, LocalDate to) {
        Map<LocalDate, QuoteOutcomes> byMonth = new TreeMap<>();
        for (Object[] row : ScopedQuery.of("SELECT decided_on - INTERVAL (DAYOFMONTH(decided_on) - 1) DAY, outcome,"
                        + " SUM(quote_count), SUM(decision_days) FROM fig_quote_decisions", scope, true)
                .and("decided_on BETWEEN ? AND ?", from, to).then("GROUP BY 1, 2").rows(em)) {
            long count = ScopedQuery.count(row[2]);
            long days = ScopedQuery.count(row[3]);
            String outcome = (String) row[1];
            QuoteOutcomes one = switch (outcome) {
                case "ACCEPTED" -> new QuoteOutcomes(count, 0, 0, 0, days);
                case "CONVERTED" -> new QuoteOutcomes(0, count, 0, 0, days);
                case "DECLINED" -> new QuoteOutcomes(0, 0, count, 0, 0);
                default -> new QuoteOutcomes(0, 0, 0, count, 0);
            };
            byMonth.merge(ScopedQuery.date(row[0]), one, SalesFigures::plus);
        }
        return byMonth;
    }

    private static QuoteOutcomes plus(QuoteOutcomes a, QuoteOutcomes b) {
        return new QuoteOutcomes(a.accepted() + b.accepted(), a.converted() + b.converted(),
                a.declined() + b.declined(), a.expired() + b.expired(), a.daysToAccept() + b.daysToAccept());
    }

    /** Open quotes of one status in one currency. */
    public record OpenQuotes(String currency, String status, long count, Money value) implements Serializable {

        // Jakarta EL 5 reads JavaBean getters, not record accessors.
        public String getCurrency() {
            return currency;
        }

        public String getStatus() {
            return status;
        }

        /** The status as the quote list's parameter: its name in lower case. */
        public String getStatusParam() {
            return status.toLowerCase(java.util.Locale.ROOT);
        }

        public long getCount() {
            return count;
        }

        public Money getValue() {
            return value;
        }
    }

    /** The quotes decided from {@code from} to {@code to}, both inclusive. */
    public record Decisions(LocalDate from, LocalDate to, QuoteOutcomes outcomes) implements Serializable {

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public QuoteOutcomes getOutcomes() {
            return outcomes;
        }
    }

    /** The quotes created from {@code from} to {@code to}, both inclusive, by how far they got. */
    public record Funnel(LocalDate from, LocalDate to, QuoteFunnel quotes) implements Serializable {

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public QuoteFunnel getQuotes() {
            return quotes;
        }
    }
}
