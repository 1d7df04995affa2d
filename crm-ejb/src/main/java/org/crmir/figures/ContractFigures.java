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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmir.identity.Role;
import org.crmir.shared.Money;

/**
 * The contract figures of the dashboard and analytics: active contracts and their recurring revenue per currency
 * (fig_contracts), contracts ending or past their notice deadline soon (contracts itself, through its indexes on
 * status and end date / notice deadline), and starts, renewals and ends per month (fig_contract_events).
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ContractFigures {

    /** How far ahead "soon" looks, today included. */
    public static final int SOON_DAYS = 30;

    @Inject
    EntityManager em;

    /** Per currency, the active contracts and the sum of their values per month; the scope's days do not apply. */
    @CachedFigures(reads = FigureSource.CONTRACT)
    public List<Recurring> recurring(FigureScope scope) {
        List<Recurring> recurring = new ArrayList<>();
        for (Object[] row : ScopedQuery.of("SELECT currency, SUM(contract_count), SUM(monthly_value)"
                        + " FROM fig_contracts", scope, true).and("status = 'ACTIVE'")
                .then("GROUP BY currency ORDER BY currency").rows(em)) {
            long count = ScopedQuery.count(row[1]);
            if (count > 0) {
                String currency = (String) row[0];
                recurring.add(new Recurring(currency, count, Money.rounded(ScopedQuery.decimal(row[2]), currency)));
            }
        }
        return recurring;
    }

    /** Active contracts whose end date, and those whose notice deadline, fall within {@value #SOON_DAYS} days. */
    @CachedFigures(reads = FigureSource.CONTRACT)
    public Soon soon(FigureScope scope) {
        LocalDate to = scope.today().plusDays(SOON_DAYS - 1);
        return new Soon(scope.today(), to, activeWith("end_date", scope, to), activeWith("notice_deadline", scope, to));
    }

    private long activeWith(String dateColumn, FigureScope scope, LocalDate to) {
        ScopedQuery query = ScopedQuery.plain("SELECT COUNT(*) FROM contracts src"
                + " JOIN clients c ON c.id = src.client_id")
                .and("src.status = 'ACTIVE'").and("src." + dateColumn + " BETWEEN ? AND ?", scope.today(), to);
        if (scope.ownerId() != null) {
            query.and("c.owner_id = ?", scope.ownerId());
        }
        if (scope.currency() != null) {
            query.and("src.currency = ?", scope.currency());
        }
        return ScopedQuery.count(query.rows(em).get(0)[0]);
    }

    /** Contracts started, renewed, terminated and expired per month (the first of each) over the scope's days. */
    @CachedFigures(reads = FigureSource.CONTRACT)
    public Map<LocalDate, Events> eventsByMonth(FigureScope scope) {
        Map<LocalDate, Events> byMonth = new TreeMap<>();
        for (Object[] row : ScopedQuery.of("SELECT month_start, event, SUM(contract_count) FROM fig_contract_events",
                        scope, true).and("month_start BETWEEN ? AND ?", scope.from().withDayOfMonth(1), scope.to())
                .then("GROUP BY month_start, event").rows(em)) {
            byMonth.merge(ScopedQuery.date(row[0]), Events.of((String) row[1], ScopedQuery.count(row[2])), Events::plus);
        }
        return byMonth;
    }

    /** Contracts in force at the start of {@code day}: those started before it less those ended before it. */
    @CachedFigures(reads = FigureSource.CONTRACT)
    public long inForceBefore(FigureScope scope, LocalDate day) {
        Events before = new Events(0, 0, 0, 0);
        for (Object[] row : ScopedQuery.of("SELECT event, SUM(contract_count) FROM fig_contract_events", scope, true)
                .and("month_start < ?", day.withDayOfMonth(1)).then("GROUP BY event").rows(em)) {
            before = before.plus(Events.of((String) row[0], ScopedQuery.count(row[1])));
        }
        return before.started() - before.ended();
    }

    /** Active contracts of one currency and their recurring revenue (values per month summed). */
    public record Recurring(String currency, long active, Money monthly) implements Serializable {

        // Jakarta EL 5 reads JavaBean getters, not record accessors.
        public String getCurrency() {
            return currency;
        }

        public long getActive() {
            return active;
        }

        public Money getMonthly() {
            return monthly;
        }
    }

    /** Active contracts ending, and past their notice deadline, between {@code from} and {@code to}. */
    public record Soon(LocalDate from, LocalDate to, long ending, long noticeDue) implements Serializable {

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public long getEnding() {
            return ending;
        }

        public long getNoticeDue() {
            return noticeDue;
        }
    }

    /** Contract starts, renewals and ends (terminated early, expired) in a month or a quarter. */
    public record Events(long started, long renewed, long terminated, long expired) implements Serializable {

        static Events of(String event, long count) {
            return switch (event) {
                case "STARTED" -> new Events(count, 0, 0, 0);
                case "RENEWED" -> new Events(0, count, 0, 0);
                case "TERMINATED" -> new Events(0, 0, count, 0);
                default -> new Events(0, 0, 0, count);
            };
        }

        public Events plus(Events other) {
            return new Events(started + other.started, renewed + other.renewed, terminated + other.terminated,
                    expired + other.expired);
        }

        public long ended() {
            return terminated + expired;
        }
    }
}
