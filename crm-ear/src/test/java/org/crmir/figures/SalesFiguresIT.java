package org.crmir.figures;

import static org.crmir.figures.FiguresSql.count;
import static org.crmir.figures.FiguresSql.owner;
import static org.crmir.figures.FiguresSql.rows;
import static org.crmir.figures.FiguresSql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.quote.QuoteService;
import org.crmir.shared.LineInput;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.WebSession;
import org.crmir.support.Fixtures;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
/**
 * The sales figures against SQL over their source rows, through the real services: quotes drafted, sent,
 * accepted, converted, declined and expired, as the dashboard counts them (open quotes, decisions of the last 90
 * days, the funnel) and as the analytics tables show them per quarter. The clients are in HKD, which no test but
 * the figures ITs uses; whose figures they are is checked both ways, and after each scenario the summary tables
 * agree with their source rows (FigureBook.check).
 */
@ExtendWith(ArquillianExtension.class)
class SalesFiguresIT {

    private static final String HKD = "HKD";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** HKD, this quarter and the one before, by quarter. */
    @jakarta.inject.Named
    @jakarta.enterprise.context.RequestScoped
    public static class AnalyticsScopeOfTheTest {

        public FigureScope scope() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return new FigureScope(null, HKD, today.with(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1).minusMonths(3),
                    today, today);
        }

        public java.util.List<org.crmir.figures.TrendPeriod> periods() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return org.crmir.figures.Grain.QUARTER.periods(java.time.YearMonth.from(scope().from()),
                    java.time.YearMonth.from(today), java.util.Locale.ENGLISH);
        }
    }
    @EJB
    SalesFigures salesFigures;

    @EJB
    ActivityFigures activityFigures;

    @EJB
    FigureBook book;

    @EJB
    QuoteService quotes;

    @EJB
    CommunicationService communication;

    @EJB
    UserService users;

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

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

    // ------------------------------------------------------------------ quotes

    private long quote(long clientId, String price, LocalDate validUntil) throws Exception {
        return asSales.call(() -> quotes.createDraft(clientId, validUntil, List.of(new LineInput(null, "Freight",
                BigDecimal.ONE, null, new BigDecimal(price), BigDecimal.ZERO, BigDecimal.ZERO)), null, null).getId());
    }

    private String sent(long id) throws Exception {
        return asSales.call(() -> quotes.send(id)).getPublicToken();
    }

    @Test
    void quotesCountByStatusAndDecisionAsTheirRowsSay() throws Exception {
        long draft = quote(ownClient, "100.00", today.plusDays(30));
        long waiting = quote(ownClient, "250.00", today.plusDays(30));
        long accepted = quote(ownClient, "400.00", today.plusDays(30));
        long converted = quote(ownClient, "800.00", today.plusDays(30));
        long declined = quote(othersClient, "1600.00", today.plusDays(30));
        long expiring = quote(ownClient, "3200.00", today);
        sent(waiting);
        quotes.acceptByClient(sent(accepted));
        quotes.acceptByClient(sent(converted));
        asSales.call(() -> quotes.convert(converted));
        quotes.declineByClient(sent(declined));
        sent(expiring);
        asAdmin.call(() -> quotes.expire(today.plusDays(1)));
        asSales.call(() -> quotes.addLine(draft, new LineInput(null, "Storage", BigDecimal.ONE, null,
                new BigDecimal("50.00"), BigDecimal.ZERO, BigDecimal.ZERO)));

        for (FigureScope scope : List.of(everyone(today), mine(today))) {
            Map<String, Object[]> open = rows("SELECT q.status, COUNT(*), SUM(q.total) FROM quotes q JOIN clients c"
                    + " ON c.id = q.client_id WHERE q.currency = 'HKD' AND q.status IN ('DRAFT', 'SENT')"
                    + owner(scope, "c") + " GROUP BY q.status");
            List<SalesFigures.OpenQuotes> figures = asViewer.call(() -> salesFigures.openQuotes(scope));
            assertEquals(open.size(), figures.size(), "one figure per open status: " + figures);
            for (SalesFigures.OpenQuotes figure : figures) {
                Object[] expected = open.get(figure.status());
                assertEquals(((Number) expected[1]).longValue(), figure.count(), figure.status());
                assertEquals(0, ((BigDecimal) expected[2]).compareTo(figure.value().amount()), figure.status());
            }
        }
        SalesFigures.OpenQuotes ownDrafts = asSales.call(() -> salesFigures.openQuotes(mine(today))).stream()
                .filter(q -> q.status().equals("DRAFT")).findFirst().orElseThrow();
        assertTrue(ownDrafts.value().amount().compareTo(new BigDecimal("150.00")) >= 0, "the draft with its new line");

        // The expiry counts on the day after the last valid day; the decisions of the 90 days up to then.
        LocalDate after = today.plusDays(1);
        for (FigureScope scope : List.of(everyone(after), mine(after))) {
            QuoteOutcomes outcomes = asViewer.call(() -> salesFigures.lastDecisions(scope)).outcomes();
            Map<String, Object[]> decided = rows("SELECT q.status, COUNT(*), SUM(GREATEST(DATEDIFF(q.decided_at, q.sent_at), 0))"
                    + " FROM quotes q JOIN clients c ON c.id = q.client_id WHERE q.currency = 'HKD'"
                    + " AND DATE(q.decided_at) BETWEEN '" + after.minusDays(89) + "' AND '" + after + "'"
                    + owner(scope, "c") + " GROUP BY q.status");
            assertEquals(count(decided, "ACCEPTED"), outcomes.accepted());
            assertEquals(count(decided, "CONVERTED"), outcomes.converted());
            assertEquals(count(decided, "DECLINED"), outcomes.declined());
            assertEquals(count(decided, "EXPIRED"), outcomes.expired());
            assertEquals(sum(decided, "ACCEPTED", 2) + sum(decided, "CONVERTED", 2), outcomes.daysToAccept());
            assertTrue(outcomes.expired() >= 1 && outcomes.converted() >= 1, outcomes.toString());
        }
        assertEquals(0, asSales.call(() -> salesFigures.lastDecisions(mine(after))).outcomes().declined(),
                "the declined quote is another owner's client's");

        for (FigureScope scope : List.of(everyone(today), mine(today))) {
            QuoteFunnel funnel = asViewer.call(() -> salesFigures.funnel(scope)).quotes();
            Map<String, Object[]> created = rows("SELECT q.status, COUNT(*) FROM quotes q JOIN clients c"
                    + " ON c.id = q.client_id WHERE q.currency = 'HKD' AND DATE(q.created_at) BETWEEN '"
                    + today.withDayOfMonth(1) + "' AND '" + today + "'" + owner(scope, "c") + " GROUP BY q.status");
            for (String status : QuoteFunnel.STATUSES) {
                assertEquals(count(created, status), funnel.of(QuoteStage.CREATED, status), status);
            }
            assertEquals(funnel.of(QuoteStage.CREATED) - count(created, "DRAFT"), funnel.of(QuoteStage.SENT));
        }
    }

    @Test
    void aQuoteDecidedBeforeItWasSentCountsAsDecidedTheSameDayAndBreaksNoDashboard() throws Exception {
        long accepted = quote(ownClient, "700.00", today.plusDays(30));
        quotes.acceptByClient(sent(accepted));
        // As imported data or a clock set back can leave it: the decision dated a month before the sending.
        FiguresSql.sql("UPDATE quotes SET decided_at = sent_at - INTERVAL 30 DAY WHERE id = " + accepted);
        asAdmin.call(() -> book.rebuild());

        QuoteOutcomes outcomes = asSales.call(() -> salesFigures.lastDecisions(mine(today))).outcomes();
        assertTrue(outcomes.accepted() >= 1, outcomes.toString());
        assertEquals(0, FiguresSql.scalar("SELECT decision_days FROM fig_quote_decisions WHERE owner_id = "
                + salesId + " AND currency = 'HKD' AND decided_on = (SELECT DATE(decided_at) FROM quotes WHERE id = "
                + accepted + ") AND outcome = 'ACCEPTED'"), "no negative days");
        String dashboard = WebSession.page(WebSession.signedIn("it-sales"), "/dashboard.xhtml", 200);
        assertFalse(dashboard.contains("Something went wrong"), dashboard);
    }

    @Test
    void theAnalyticsTablesShowEachQuarterAsTheFiguresCountIt() throws Exception {
        quotes.acceptByClient(sent(quote(ownClient, "500.00", today.plusDays(30))));
        quotes.declineByClient(sent(quote(othersClient, "700.00", today.plusDays(30))));
        asSales.call(() -> communication.record(ownClient, new NewInteraction(Channel.NOTE, Direction.OUTBOUND,
                "sales", "Wing", "Analytics", null, null, null, null, null)));
        settled();
        FigureScope scope = new AnalyticsScopeOfTheTest().scope();
        java.util.List<org.crmir.figures.TrendPeriod> periods = new AnalyticsScopeOfTheTest().periods();
        String quarter = periods.get(periods.size() - 1).label();
        String previous = periods.get(0).label();
        QuoteOutcomes decided = asViewer.call(() -> salesFigures.decisionsByMonth(scope)).entrySet().stream()
                .filter(e -> !e.getKey().isBefore(today.with(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1)))
                .map(Map.Entry::getValue).reduce(new QuoteOutcomes(0, 0, 0, 0, 0), (a, b) -> new QuoteOutcomes(
                        a.accepted() + b.accepted(), a.converted() + b.converted(), a.declined() + b.declined(),
                        a.expired() + b.expired(), a.daysToAccept() + b.daysToAccept()));
        long interactions = asViewer.call(() -> activityFigures.volumeByMonth(scope)).entrySet().stream()
                .filter(e -> !e.getKey().isBefore(today.with(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1)))
                .mapToLong(e -> e.getValue().total()).sum();

        String page = WebSession.page(WebSession.signedIn(AsSales.USERNAME), "/it-analytics-activity.xhtml", 200);
        String quotesTable = page.substring(page.indexOf("data-table=\"quote-conversion\""));
        assertTrue(row(quotesTable, quarter, decided.decided(), decided.accepted()),
                quarter + " decided " + decided + " in " + quotesTable);
        assertTrue(row(quotesTable, previous), "the quiet quarter has its row too");
        String communicationTable = page.substring(page.indexOf("data-table=\"communication\""));
        assertTrue(row(communicationTable, quarter, interactions),
                quarter + " " + interactions + " interactions in " + communicationTable);
        assertTrue(page.contains("data-table=\"contract-renewals-churn\""), "the contracts table");
    }

    /** Whether a table row starts with these cells, in this order, as the page renders them (counts grouped). */
    private static boolean row(String html, Object... cells) {
        StringBuilder pattern = new StringBuilder("<tr[^>]*>");
        for (Object cell : cells) {
            String shown = cell instanceof Number count
                    ? java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(count)
                    : String.valueOf(cell);
            pattern.append("\\s*<td[^>]*>\\s*").append(java.util.regex.Pattern.quote(shown))
                    .append("\\s*</td>");
        }
        return java.util.regex.Pattern.compile(pattern.toString()).matcher(html).find();
    }

    /** Until no message of the test's clients is on its way, whose status would move during a check. */
    private void settled() throws Exception {
        FiguresSql.settled(PATIENCE, ownClient, othersClient);
    }
}
