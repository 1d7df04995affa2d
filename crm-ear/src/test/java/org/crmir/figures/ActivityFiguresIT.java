package org.crmir.figures;

import static org.crmir.figures.FiguresSql.count;
import static org.crmir.figures.FiguresSql.list;
import static org.crmir.figures.FiguresSql.owner;
import static org.crmir.figures.FiguresSql.rows;
import static org.crmir.figures.FiguresSql.scalar;
import static org.crmir.figures.FiguresSql.sql;
import static org.crmir.figures.FiguresSql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractService;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.payment.GatewayIntake;
import org.crmir.payment.ReconciliationService;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
/**
 * The figures of contracts and activity against SQL over their source rows, through the real services: contracts
 * started, amended, terminated, renewed and expired, interactions logged and failed, gateway events rejected and
 * parked. The clients are in HKD, which no test but the figures ITs uses; whose figures they are (a salesperson's
 * own clients or everyone's) is checked both ways, and after each scenario the summary tables agree with their
 * source rows (FigureBook.check).
 */
@ExtendWith(ArquillianExtension.class)
class ActivityFiguresIT {

    private static final String HKD = "HKD";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @EJB
    ContractFigures contractFigures;

    @EJB
    ActivityFigures activityFigures;

    @EJB
    FigureBook book;

    @EJB
    ContractService contracts;

    @EJB
    CommunicationService communication;

    @EJB
    GatewayIntake intake;

    @EJB
    ReconciliationService reconciliation;

    @EJB
    UserService users;

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    private final MailServer smtp = new MailServer();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long salesId;
    private long ownClient;
    private long othersClient;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        salesId = asSales.call(() -> users.me().id());
        ownClient = hkdClient(Role.SALES, "Harbour Traders");
        othersClient = hkdClient(Role.ADMIN, "Kowloon Freight");
    }

    @AfterEach
    void tearDown() throws Exception {
        smtp.stop();
        sql("DROP TRIGGER IF EXISTS it_figures_gateway_down");
        settled();
        assertEquals(List.of(), asAdmin.call(() -> book.check()), "the summary tables agree with their rows");
    }

    private long hkdClient(Role owner, String name) throws Exception {
        return fixtures.clientOwnedBy(owner, name, client -> {
            client.setCurrency(HKD);
            client.setEmail(Fixtures.emailAddress("buyer", "hk.example"));
        });
    }

    private FigureScope everyone(LocalDate day) {
        return new FigureScope(null, HKD, day.withDayOfMonth(1), day, day);
    }

    private FigureScope mine(LocalDate day) {
        return new FigureScope(salesId, HKD, day.withDayOfMonth(1), day, day);
    }

    // ------------------------------------------------------------------ contracts

    private ContractDraft contract(long clientId, LocalDate start, LocalDate end, boolean renews, int notice,
            String value) {
        return new ContractDraft(clientId, "Warehouse service", null, start, end, notice, renews,
                renews ? 12 : null, 30, new BigDecimal(value), null, null, null, null, null, List.of(), List.of());
    }

    private Contract active(ContractDraft draft) throws Exception {
        long id = asSales.call(() -> contracts.createDraft(draft).getId());
        return asSales.call(() -> contracts.activate(id));
    }

    @Test
    void contractsGiveRecurringRevenueWhatEndsSoonAndTheirStartsRenewalsAndEnds() throws Exception {
        FigureScope all = everyone(today);
        Map<LocalDate, ContractFigures.Events> eventsBefore = asViewer.call(() -> contractFigures.eventsByMonth(
                new FigureScope(null, HKD, today.minusYears(1), today.plusYears(2), today)));
        active(contract(ownClient, today.minusDays(30), today.plusDays(334), false, 30, "1200.00"));
        Contract renewing = active(contract(ownClient, today.minusDays(300), today.plusDays(20), true, 10, "600.00"));
        Contract ended = active(contract(othersClient, today.minusDays(10), today.plusDays(355), false, 0, "3650.00"));
        asSales.call(() -> contracts.terminate(ended.getId(), today, "The warehouse closes"));
        Contract amended = active(contract(ownClient, today.minusDays(60), today.plusDays(300), false, 30, "900.00"));
        Contract amendment = asSales.call(() -> contracts.amend(amended.getId()));
        asSales.call(() -> contracts.updateDraft(amendment.getId(), amendment.getVersion(), contract(ownClient,
                today.plusDays(1), today.plusDays(300), false, 30, "1800.00")));
        asSales.call(() -> contracts.activate(amendment.getId()));

        for (FigureScope scope : List.of(all, mine(today))) {
            List<ContractFigures.Recurring> recurring = asViewer.call(() -> contractFigures.recurring(scope));
            BigDecimal monthly = BigDecimal.ZERO;
            long active = 0;
            for (Object[] row : list("SELECT s.contract_value, s.start_date, s.end_date FROM contracts s JOIN clients c"
                    + " ON c.id = s.client_id WHERE s.currency = 'HKD' AND s.status = 'ACTIVE'" + owner(scope, "c"))) {
                monthly = monthly.add(MonthlyValue.of((BigDecimal) row[0], ((java.sql.Date) row[1]).toLocalDate(),
                        ((java.sql.Date) row[2]).toLocalDate()));
                active++;
            }
            assertEquals(1, recurring.size());
            assertEquals(active, recurring.get(0).active());
            assertEquals(0, monthly.setScale(2, RoundingMode.HALF_UP).compareTo(recurring.get(0).monthly().amount()),
                    monthly + " vs " + recurring.get(0).monthly());

            ContractFigures.Soon soon = asViewer.call(() -> contractFigures.soon(scope));
            assertEquals(scalar("SELECT COUNT(*) FROM contracts s JOIN clients c ON c.id = s.client_id"
                    + " WHERE s.currency = 'HKD' AND s.status = 'ACTIVE' AND s.end_date BETWEEN '" + today + "' AND '"
                    + today.plusDays(29) + "'" + owner(scope, "c")), soon.ending());
            assertEquals(scalar("SELECT COUNT(*) FROM contracts s JOIN clients c ON c.id = s.client_id"
                    + " WHERE s.currency = 'HKD' AND s.status = 'ACTIVE' AND s.notice_deadline BETWEEN '" + today
                    + "' AND '" + today.plusDays(29) + "'" + owner(scope, "c")), soon.noticeDue());
            assertTrue(soon.ending() >= 1 && soon.noticeDue() >= 1, soon.toString());
        }

        // Four contracts started (an amendment is not a new contract), one ended early (the amended one did not).
        FigureScope twoYears = new FigureScope(null, HKD, today.minusYears(1), today.plusYears(2), today);
        Map<LocalDate, ContractFigures.Events> events = asViewer.call(() -> contractFigures.eventsByMonth(twoYears));
        assertEquals(started(eventsBefore) + 4, started(events));
        assertEquals(total(eventsBefore, ContractFigures.Events::terminated) + 1,
                total(events, ContractFigures.Events::terminated));

        // On the end date the auto-renewing one renews (its renewal counts in the month after) and after the year
        // the others expire.
        asAdmin.call(() -> contracts.renewOrExpire(renewing.getEndDate()));
        asAdmin.call(() -> contracts.renewOrExpire(today.plusDays(400)));
        Map<LocalDate, ContractFigures.Events> later = asViewer.call(() -> contractFigures.eventsByMonth(twoYears));
        assertTrue(total(later, ContractFigures.Events::renewed) >= total(events, ContractFigures.Events::renewed) + 1);
        assertTrue(total(later, ContractFigures.Events::expired) >= total(events, ContractFigures.Events::expired) + 2);
        assertEquals(1, later.get(renewing.getEndDate().plusDays(1).withDayOfMonth(1)).renewed()
                - eventsBefore.getOrDefault(renewing.getEndDate().plusDays(1).withDayOfMonth(1),
                        new ContractFigures.Events(0, 0, 0, 0)).renewed());
    }

    private static long started(Map<LocalDate, ContractFigures.Events> events) {
        return total(events, ContractFigures.Events::started);
    }

    private static long total(Map<LocalDate, ContractFigures.Events> events,
            java.util.function.ToLongFunction<ContractFigures.Events> what) {
        return events.values().stream().mapToLong(what).sum();
    }

    // ------------------------------------------------------------------ interactions and gateway events

    @Test
    void interactionsCountPerChannelThisWeekAndFailedMessagesUntilRetried() throws Exception {
        asSales.call(() -> communication.record(ownClient, new NewInteraction(Channel.CALL, Direction.INBOUND,
                "Wing", "sales", "Asked for rates", null, null, null, null, null)));
        asSales.call(() -> communication.record(othersClient, new NewInteraction(Channel.MEETING,
                Direction.OUTBOUND, "sales", "Wing", "Site visit", null, null, null, null, null)));
        smtp.stop();
        long failing = asSales.call(() -> communication.sendEmail(new OutgoingEmail(ownClient, null,
                Fixtures.emailAddress("ops", "hk.example"), "Rates", "Our rates.", List.of(), null, null)).getId());
        Eventually.until(PATIENCE, () -> scalar("SELECT COUNT(*) FROM interactions WHERE id = " + failing
                + " AND status = 'FAILED'"), n -> n == 1);

        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        for (FigureScope scope : List.of(everyone(today), mine(today))) {
            ActivityFigures.Week week = asViewer.call(() -> activityFigures.thisWeek(scope));
            Map<String, Object[]> perChannel = rows("SELECT i.channel, COUNT(*) FROM interactions i JOIN clients c"
                    + " ON c.id = i.client_id WHERE DATE(i.occurred_at) BETWEEN '" + monday + "' AND '" + today + "'"
                    + owner(scope, "c") + " GROUP BY i.channel");
            for (Channel channel : Channel.values()) {
                assertEquals(count(perChannel, channel.name()), week.of(channel.name()), channel.name());
            }
            assertEquals(scalar("SELECT COUNT(*) FROM interactions i JOIN clients c ON c.id = i.client_id"
                    + " WHERE i.status = 'FAILED'" + owner(scope, "c")),
                    asViewer.call(() -> activityFigures.failedMessages(scope)));
        }
        assertTrue(asViewer.call(() -> activityFigures.thisWeek(everyone(today))).of("MEETING")
                > asSales.call(() -> activityFigures.thisWeek(mine(today))).of("MEETING"),
                "another owner's client's meeting is everyone's, not the salesperson's");

        long failedBefore = asViewer.call(() -> activityFigures.failedMessages(everyone(today)));
        smtp.start();
        asSales.call(() -> communication.retry(failing));
        Eventually.until(PATIENCE, () -> scalar("SELECT COUNT(*) FROM interactions WHERE id = " + failing
                + " AND status = 'SENT'"), n -> n == 1);
        assertEquals(failedBefore - 1, asViewer.call(() -> activityFigures.failedMessages(everyone(today))));
    }

    @Test
    void gatewayEventsRejectedOrParkedAreCountedForFinanceOnly() throws Exception {
        String gateway = "it" + Fixtures.unique().substring(0, 6);
        // An unknown gateway's events are rejected; while this trigger stands, every attempt to reject one fails.
        sql("CREATE TRIGGER it_figures_gateway_down BEFORE UPDATE ON gateway_events FOR EACH ROW BEGIN"
                + " IF NEW.gateway = '" + gateway + "' AND NEW.status = 'REJECTED' AND NEW.event_id = 'parked' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Gateway ledger closed'; END IF; END");
        intake.accept(gateway, "rejected", "test.event", "{}");
        intake.accept(gateway, "parked", "test.event", "{}");
        Eventually.until(PATIENCE, () -> statusCounts(gateway), counts -> counts.equals(Map.of("REJECTED", 1L,
                "FAILED", 1L)));
        assertEquals(List.of(new ActivityFigures.GatewayTrouble(gateway, "FAILED", 1),
                new ActivityFigures.GatewayTrouble(gateway, "REJECTED", 1)), trouble(gateway));

        sql("DROP TRIGGER it_figures_gateway_down");
        long parked = scalar("SELECT id FROM gateway_events WHERE gateway = '" + gateway + "' AND event_id = 'parked'");
        asFinance.call(() -> reconciliation.retry(parked));
        Eventually.until(PATIENCE, () -> statusCounts(gateway), counts -> counts.equals(Map.of("REJECTED", 2L)));
        assertEquals(List.of(new ActivityFigures.GatewayTrouble(gateway, "REJECTED", 2)), trouble(gateway));

        assertThrows(EJBAccessException.class, () -> asSales.call(() -> activityFigures.gatewayTrouble()));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> activityFigures.gatewayTrouble()));
        // The failed attempts' error ("SQLException: ...") would read as an error page on the reconciliation page
        // to the tests that open every page after this one; the figures do not count attempts.
        sql("DELETE FROM gateway_event_attempts WHERE event_id = " + parked);
    }

    private List<ActivityFigures.GatewayTrouble> trouble(String gateway) throws Exception {
        return asFinance.call(() -> activityFigures.gatewayTrouble()).stream()
                .filter(t -> t.gateway().equals(gateway)).toList();
    }

    private Map<String, Long> statusCounts(String gateway) throws Exception {
        Map<String, Long> counts = new java.util.HashMap<>();
        rows("SELECT status, COUNT(*) FROM gateway_events WHERE gateway = '" + gateway + "' GROUP BY status")
                .forEach((status, row) -> counts.put(status, ((Number) row[1]).longValue()));
        return counts;
    }

    /** Until no message of the test's clients is on its way, whose status would move during a check. */
    private void settled() throws Exception {
        FiguresSql.settled(PATIENCE, ownClient, othersClient);
    }
}
