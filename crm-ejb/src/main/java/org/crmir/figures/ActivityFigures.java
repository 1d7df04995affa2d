package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmir.identity.Role;

/**
 * The activity figures of the dashboard and analytics, from fig_interactions (per day, channel, direction,
 * delivery status and owner), its weekly and monthly roll-ups, and fig_gateway_events. Interactions have no currency: a scope's currency does not
 * narrow them. Channels and statuses are the names of Channel and DeliveryStatus.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ActivityFigures {

    @Inject
    EntityManager em;

    /** Interactions per channel from the Monday of the scope's today to today. */
    @CachedFigures(reads = FigureSource.INTERACTION)
    public Week thisWeek(FigureScope scope) {
        LocalDate monday = mondayOf(scope.today());
        Map<String, Long> perChannel = new LinkedHashMap<>();
        for (Object[] row : ScopedQuery.of("SELECT channel, SUM(interaction_count) FROM fig_interactions_weeks",
                        scope, false).and("week_start = ?", monday).then("GROUP BY channel ORDER BY channel").rows(em)) {
            perChannel.put((String) row[0], ScopedQuery.count(row[1]));
        }
        return new Week(monday, scope.today(), perChannel);
    }

    /** The last {@code weeks} weeks (Monday to Sunday, the last up to today), oldest first, per channel. */
    @CachedFigures(reads = FigureSource.INTERACTION)
    public List<Week> weeks(FigureScope scope, int weeks) {
        LocalDate first = mondayOf(scope.today()).minusWeeks(weeks - 1L);
        Map<LocalDate, Map<String, Long>> byWeek = new TreeMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(first.plusWeeks(i), new LinkedHashMap<>());
        }
        for (Object[] row : ScopedQuery.of("SELECT week_start, channel, SUM(interaction_count)"
                        + " FROM fig_interactions_weeks", scope, false)
                .and("week_start BETWEEN ? AND ?", first, mondayOf(scope.today())).then("GROUP BY 1, 2").rows(em)) {
            byWeek.get(ScopedQuery.date(row[0])).put((String) row[1], ScopedQuery.count(row[2]));
        }
        List<Week> result = new ArrayList<>();
        byWeek.forEach((monday, perChannel) -> result.add(new Week(monday,
                monday.plusDays(6).isAfter(scope.today()) ? scope.today() : monday.plusDays(6), perChannel)));
        return result;
    }

    /** Messages that failed and wait for someone to retry them, whenever they were sent. */
    @CachedFigures(reads = FigureSource.INTERACTION)
    public long failedMessages(FigureScope scope) {
        return ScopedQuery.count(ScopedQuery.of("SELECT SUM(interaction_count) FROM fig_interactions", scope, false)
                .and("status = 'FAILED'").rows(em).get(0)[0]);
    }

    /** Interactions per month (the first of each) over the scope's whole months, by channel and delivery. */
    @CachedFigures(reads = FigureSource.INTERACTION)
    public Map<LocalDate, Volume> volumeByMonth(FigureScope scope) {
        Map<LocalDate, Volume> byMonth = new TreeMap<>();
        for (Object[] row : ScopedQuery.of("SELECT month, channel, direction, status, SUM(interaction_count)"
                        + " FROM fig_interactions_months", scope, false)
                .and("month BETWEEN ? AND ?", scope.from().withDayOfMonth(1), scope.to())
                .then("GROUP BY 1, 2, 3, 4").rows(em)) {
            byMonth.merge(ScopedQuery.date(row[0]), Volume.of((String) row[1], (String) row[3],
                    ScopedQuery.count(row[4])), Volume::plus);
        }
        return byMonth;
    }

    /**
     * Gateway events that failed (the queue gave up on them: parked until someone retries) or were rejected, per
     * gateway. Finance and administrators only: it is their reconciliation.
     */
    @CachedFigures(reads = FigureSource.GATEWAY_EVENT)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public List<GatewayTrouble> gatewayTrouble() {
        List<GatewayTrouble> trouble = new ArrayList<>();
        for (Object[] row : ScopedQuery.plain("SELECT gateway, status, event_count FROM fig_gateway_events")
                .and("status IN (" + GatewayEventsSummary.TROUBLE + ")").and("event_count > 0")
                .then("ORDER BY gateway, status")
                .rows(em)) {
            trouble.add(new GatewayTrouble((String) row[0], (String) row[1], ScopedQuery.count(row[2])));
        }
        return trouble;
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Interactions per channel from {@code from} to {@code to}, both inclusive. */
    public record Week(LocalDate from, LocalDate to, Map<String, Long> perChannel) implements Serializable {

        // Jakarta EL 5 reads JavaBean getters, not record accessors.
        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public Map<String, Long> getPerChannel() {
            return perChannel;
        }

        public long getTotal() {
            return perChannel.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(String channel) {
            return perChannel.getOrDefault(channel, 0L);
        }
    }

    /**
     * Interactions in a month or a quarter: in all, per channel, and the outcome of the messages CRMir sent
     * (handed to the mail server or failed; those still queued have no outcome yet).
     */
    public record Volume(long total, Map<String, Long> perChannel, long delivered, long failed)
            implements Serializable {

        static Volume of(String channel, String status, long count) {
            return new Volume(count, Map.of(channel, count),
                    "SENT".equals(status) || "DELIVERED".equals(status) ? count : 0,
                    "FAILED".equals(status) ? count : 0);
        }

        public Volume plus(Volume other) {
            Map<String, Long> channels = new TreeMap<>(perChannel);
            other.perChannel.forEach((channel, count) -> channels.merge(channel, count, Long::sum));
            return new Volume(total + other.total, channels, delivered + other.delivered, failed + other.failed);
        }

        /** Failed messages as a percent of the messages with an outcome; null when none had one. */
        public java.math.BigDecimal failureRatePercent() {
            return QuoteOutcomes.percent(failed, delivered + failed);
        }
    }

    /** Gateway events of one gateway in one status (FAILED or REJECTED). */
    public record GatewayTrouble(String gateway, String status, long count) implements Serializable {

        public String getGateway() {
            return gateway;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusParam() {
            return status.toLowerCase(java.util.Locale.ROOT);
        }

        public long getCount() {
            return count;
        }
    }
}
