package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.ProductKind;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.identity.UserService;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money figures against SQL over the source rows, on invoices and payments in New Zealand dollars, a currency
 * no other test uses: each figure equals its SQL, moves by exactly what the test did, and the summary tables agree
 * with a recomputation afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class MoneyFiguresIT {

    static final String NZD = "NZD";

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

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    CatalogService catalog;

    @EJB
    ClientService clients;

    @EJB
    UserService users;

    @EJB
    MoneyFigures money;

    @EJB
    RankingFigures rankings;

    @EJB
    MoneyTrends trends;

    @EJB
    FigureBook book;

    @EJB
    SourceRows sql;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long clientId;
    private long salesId;
    private long adminId;
    private String segment;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        segment = "Figures " + Fixtures.unique();
        clientId = fixtures.client("Kiwi Figures", c -> {
            c.setCurrency(NZD);
            c.setSegment(segment);
        });
        salesId = asSales.call(() -> users.me().id());
        adminId = asAdmin.call(() -> users.me().id());
    }

    @Test
    void eachMoneyFigureEqualsItsSqlAndMovesByWhatHappened() throws Exception {
        FigureScope everyone = new FigureScope(null, NZD, today.withDayOfMonth(1), today, today);
        CashFigures before = cash(everyone);
        long product = asSales.call(() -> catalog.create("FIG-" + Fixtures.unique(), "Figure widget", null,
                ProductKind.PRODUCT, "pcs", Money.of("40.00", NZD), null).getId());

        // 3 × 40 less 10 % = 108 before tax; 100 + 15 % tax = 115: total 223, 208 before tax.
        long first = issued(List.of(new LineInput(product, "Widgets", new BigDecimal("3"), "pcs",
                new BigDecimal("40.00"), new BigDecimal("10"), BigDecimal.ZERO), line("Setup", "100.00", "15")));
        long second = issued(List.of(line("Support", "200.00", "0")));
        long voided = issued(List.of(line("Mistake", "30.00", "0")));
        asFinance.call(() -> invoices.voidInvoice(voided));
        asFinance.call(() -> invoices.credit(second, Money.of("20.00", NZD), "Goodwill"));
        long paid = asFinance.call(() -> payments.record(clientId, Money.of("300.00", NZD),
                PaymentMethod.BANK_TRANSFER, "NZ-1", today, true).getId());
        // 223 settles the first, 77 goes on the second (balance 180 → 103); nothing is left to refund, so a
        // second payment of 50 brings credit, of which 15 goes back.
        long credit = asFinance.call(() -> payments.record(clientId, Money.of("50.00", NZD), PaymentMethod.CASH,
                null, today, false).getId());
        asFinance.call(() -> payments.refund(credit, Money.of("15.00", NZD), "Asked back"));

        CashFigures after = cash(everyone);
        assertEquals(new BigDecimal("423.00"), after.issuedThisMonth().amount().amount()
                .subtract(before.issuedThisMonth().amount().amount()), "223 + 200 issued; the void does not count");
        assertEquals(2, after.issuedThisMonth().count() - before.issuedThisMonth().count());
        assertEquals(new BigDecimal("335.00"), after.collectedToday().amount().amount()
                .subtract(before.collectedToday().amount().amount()), "300 + 50 - 15");
        assertEquals(3, after.collectedToday().count() - before.collectedToday().count(), "two payments, a refund");
        assertEquals(today, asViewer.call(() -> invoices.find(first)).getPaidOn());
        assertNull(asViewer.call(() -> invoices.find(second)).getPaidOn());

        assertCashEqualsSql(after, null, today);
        assertMonthsEqualSql(everyone);
        assertTopProductsEqualSql(everyone, product);
        assertTopClientsEqualSql(everyone);
        assertTrendsEqualSql(everyone);
        // Everyone's trend by product reads the totals over owners, an owner's the table per owner.
        assertProductTrendEqualsSql(everyone);
        assertProductTrendEqualsSql(new FigureScope(salesId, NZD, today.withDayOfMonth(1), today, today));
        assertBookAgrees();
    }

    @Test
    void aDaysPaymentsSpreadOverTheSlotsTheirIdsPickAndStillAddUp() throws Exception {
        // In kronor, which no other test uses. Each payment adds to one of the day's rows, picked by its id, so
        // that concurrent payments do not all queue on one row lock; the day's figure sums them.
        long swede = fixtures.client("Stockholm Slots", client -> client.setCurrency("SEK"));
        FigureScope everyone = new FigureScope(null, "SEK", today.withDayOfMonth(1), today, today);
        CashFigures before = cash(everyone);
        Set<Long> picked = new TreeSet<>();
        for (int i = 1; i <= 4; i++) {
            String amount = i + "0.00";
            String reference = "SE-" + i;
            picked.add(asFinance.call(() -> payments.record(swede, Money.of(amount, "SEK"),
                    PaymentMethod.BANK_TRANSFER, reference, today, false).getId()) % 4);
        }
        Set<Long> stored = new TreeSet<>();
        for (Object[] row : sql.rows("SELECT slot FROM fig_collections WHERE currency = 'SEK' AND received_on = ?"
                + " AND method = 'BANK_TRANSFER'", today)) {
            stored.add(((Number) row[0]).longValue());
        }
        assertTrue(stored.containsAll(picked), "rows of slots " + stored + ", payments' slots " + picked);
        CashFigures after = cash(everyone);
        assertEquals(new BigDecimal("100.00"), after.collectedToday().amount().amount()
                .subtract(before.collectedToday().amount().amount()), "10 + 20 + 30 + 40");
        assertEquals(4, after.collectedToday().count() - before.collectedToday().count());
        assertEquals(0, new BigDecimal("100.00").compareTo(after.collectedThisMonth().amount().amount()
                .subtract(before.collectedThisMonth().amount().amount())), "the month's rows are spread too");
        assertBookAgrees();
    }

    @Test
    void salesSeeTheirOwnClientsFiguresAndTheyMoveWithTheClientsOwner() throws Exception {
        FigureScope mine = new FigureScope(salesId, NZD, today.withDayOfMonth(1), today, today);
        FigureScope admins = new FigureScope(adminId, NZD, today.withDayOfMonth(1), today, today);
        BigDecimal mineBefore = asSales.call(() -> issuedThisMonth(mine));
        BigDecimal adminsBefore = asSales.call(() -> issuedThisMonth(admins));
        issued(List.of(line("Consulting", "120.00", "0")));
        asFinance.call(() -> payments.record(clientId, Money.of("70.00", NZD), PaymentMethod.CARD, "C-1", today,
                true));

        assertEquals(new BigDecimal("120.00"), asSales.call(() -> issuedThisMonth(mine)).subtract(mineBefore));
        assertEquals(0, asSales.call(() -> issuedThisMonth(admins)).compareTo(adminsBefore), "not the admin's client");
        assertCashEqualsSql(asSales.call(() -> cashOf(mine)), salesId, today);
        assertTrue(asViewer.call(() -> money.cash(mine)).size() >= 1, "every role reads the figures");

        Client moved = asAdmin.call(() -> clients.find(clientId));
        asAdmin.call(() -> clients.update(clientId, moved.getVersion(), moved, AsAdmin.USERNAME));
        assertEquals(new BigDecimal("120.00"), asSales.call(() -> issuedThisMonth(admins)).subtract(adminsBefore),
                "the client's figures follow it to its new owner");
        assertEquals(0, asSales.call(() -> issuedThisMonth(mine)).compareTo(mineBefore));
        assertCashEqualsSql(asSales.call(() -> cashOf(admins)), adminId, today);
        assertBookAgrees();
    }

    @Test
    void dsoOnALaterDayCountsTheInvoicingOfItsOwnNinetyDays() throws Exception {
        issued(List.of(line("Retainer", "900.00", "0")));
        assertBookAgrees();
        for (int daysLater : new int[] {0, 45, 89, 120}) {
            LocalDate later = today.plusDays(daysLater);
            FigureScope scope = new FigureScope(null, NZD, later.withDayOfMonth(1), later, later);
            CashFigures figures = cash(scope);
            assertCashEqualsSql(figures, null, later);
        }
    }

    // --- the SQL each figure must equal ---

    private void assertCashEqualsSql(CashFigures figures, Long owner, LocalDate day) {
        String ownerCondition = owner == null ? " AND ? IS NULL" : " AND c.owner_id = ?";
        String payments = "SELECT COALESCE(SUM(p.amount), 0), COUNT(*) FROM payments p JOIN clients c ON c.id ="
                + " p.client_id WHERE p.currency = 'NZD' AND p.status = 'RECORDED' AND p.received_on BETWEEN ? AND ?"
                + ownerCondition;
        String issuedSql = "SELECT COALESCE(SUM(i.total), 0), COUNT(*) FROM invoices i JOIN clients c ON c.id ="
                + " i.client_id WHERE i.currency = 'NZD' AND i.status NOT IN ('DRAFT', 'VOID')"
                + " AND i.issue_date BETWEEN ? AND ?" + ownerCondition;
        LocalDate monthStart = day.withDayOfMonth(1);
        assertFigure(figures.collectedToday(), payments, day, day, owner);
        assertFigure(figures.collectedThisMonth(), payments, monthStart, day, owner);
        assertFigure(figures.collectedLastMonth(), payments, monthStart.minusMonths(1), monthStart.minusDays(1), owner);
        assertFigure(figures.issuedThisMonth(), issuedSql, monthStart, day, owner);
        BigDecimal outstanding = sql.number("SELECT SUM(i.total - i.credited_total - i.paid_total) FROM invoices i"
                + " JOIN clients c ON c.id = i.client_id WHERE i.currency = 'NZD'"
                + " AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')" + ownerCondition, owner);
        BigDecimal window = sql.number(issuedSql, day.minusDays(89), day, owner);
        assertEquals(0, outstanding.compareTo(figures.outstanding().amount()), "outstanding");
        BigDecimal dso = window.signum() == 0 ? null
                : outstanding.multiply(BigDecimal.valueOf(90)).divide(window, 1, RoundingMode.HALF_UP);
        assertEquals(dso, figures.dso(), "DSO on " + day);
    }

    private void assertFigure(MoneyFigure figure, String sqlOf, LocalDate from, LocalDate to, Long owner) {
        Object[] row = sql.rows(sqlOf, from, to, owner).get(0);
        assertEquals(0, new BigDecimal(row[0].toString()).compareTo(figure.amount().amount()),
                "amount from " + from + " to " + to);
        assertEquals(((Number) row[1]).longValue(), figure.count(), "count from " + from + " to " + to);
        assertEquals(from, figure.from());
        assertEquals(to, figure.to());
    }

    private void assertMonthsEqualSql(FigureScope scope) throws Exception {
        List<MonthMoney> months = asViewer.call(() -> money.months(scope, 12));
        assertEquals(12, months.size());
        MonthMoney now = months.get(11);
        assertEquals(YearMonth.from(today), now.month());
        assertEquals(0, sql.number("SELECT SUM(total) FROM invoices WHERE currency = 'NZD' AND status NOT IN"
                + " ('DRAFT', 'VOID') AND issue_date BETWEEN ? AND ?", today.withDayOfMonth(1), today)
                .compareTo(now.issued().amount().amount()));
        assertEquals(0, sql.number("SELECT SUM(amount) FROM payments WHERE currency = 'NZD' AND status = 'RECORDED'"
                + " AND received_on BETWEEN ? AND ?", today.withDayOfMonth(1), today)
                .compareTo(now.collected().amount().amount()));
    }

    private void assertTopProductsEqualSql(FigureScope scope, long product) throws Exception {
        RankedProduct ranked = asViewer.call(() -> rankings.topProducts(scope)).stream()
                .filter(p -> p.productId() == product).findFirst().orElseThrow();
        assertEquals("Figure widget", ranked.name());
        Object[] row = sql.rows("SELECT SUM(l.line_subtotal - l.line_discount), SUM(l.quantity) FROM invoice_lines l"
                + " JOIN invoices i ON i.id = l.invoice_id WHERE i.status NOT IN ('DRAFT', 'VOID') AND l.product_id = ?"
                + " AND i.issue_date >= ?", product, today.withDayOfYear(1)).get(0);
        assertEquals(0, new BigDecimal(row[0].toString()).compareTo(ranked.revenue().amount()));
        assertEquals(0, new BigDecimal(row[1].toString()).compareTo(ranked.quantity()));
        assertEquals(0, new BigDecimal("108").compareTo(ranked.revenue().amount()), "3 × 40 less 10 %");
    }

    private void assertTopClientsEqualSql(FigureScope scope) throws Exception {
        List<RankedClient> top = asViewer.call(() -> rankings.topClients(scope));
        List<Object[]> expected = sql.rows("SELECT client_id, SUM(subtotal - discount_total), COUNT(*) FROM invoices"
                + " WHERE currency = 'NZD' AND status NOT IN ('DRAFT', 'VOID') AND YEAR(issue_date) = ?"
                + " GROUP BY client_id ORDER BY 2 DESC, client_id LIMIT 10", today.getYear());
        assertEquals(expected.size(), top.size());
        for (int i = 0; i < top.size(); i++) {
            assertEquals(0, new BigDecimal(expected.get(i)[1].toString()).compareTo(top.get(i).revenue().amount()),
                    "rank " + (i + 1));
            assertEquals(((Number) expected.get(i)[2]).longValue(), top.get(i).invoices());
        }
    }

    private void assertTrendsEqualSql(FigureScope scope) throws Exception {
        PeriodRevenue mySegment = asViewer.call(() -> trends.bySegment(scope, Grain.MONTH)).stream()
                .filter(r -> r.item().equals(segment)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("408.00").compareTo(mySegment.amount()), "208 + 200 before tax");
        MonthCollection month = asViewer.call(() -> trends.collections(scope)).stream()
                .filter(m -> m.month().equals(YearMonth.from(today)) && m.currency().equals(NZD)).findFirst()
                .orElseThrow();
        Object[] settled = sql.rows("SELECT COUNT(*), COALESCE(SUM(GREATEST(DATEDIFF(paid_on, issue_date), 0)), 0)"
                + " FROM invoices WHERE currency = 'NZD' AND status = 'PAID' AND paid_on BETWEEN ? AND ?",
                today.withDayOfMonth(1), today).get(0);
        assertEquals(((Number) settled[0]).longValue(), month.settled());
        assertEquals(((Number) settled[1]).longValue(), month.daysToPay());
        assertEquals(0, sql.number("SELECT SUM(amount) FROM payments WHERE currency = 'NZD' AND status = 'RECORDED'"
                + " AND received_on BETWEEN ? AND ?", today.withDayOfMonth(1), today).compareTo(month.collected()));
    }

    private void assertProductTrendEqualsSql(FigureScope scope) throws Exception {
        PeriodRevenue widgets = asViewer.call(() -> trends.byProduct(scope, Grain.MONTH)).stream()
                .filter(r -> r.item().equals("Figure widget") && r.period().equals(today.withDayOfMonth(1)))
                .findFirst().orElseThrow();
        Object[] row = sql.rows("SELECT SUM(l.line_subtotal - l.line_discount), SUM(l.quantity) FROM invoice_lines l"
                + " JOIN invoices i ON i.id = l.invoice_id JOIN clients c ON c.id = i.client_id"
                + " JOIN products p ON p.id = l.product_id WHERE i.status NOT IN ('DRAFT', 'VOID')"
                + " AND p.name = 'Figure widget' AND i.currency = 'NZD' AND i.issue_date >= ?"
                + (scope.ownerId() == null ? " AND ? IS NULL" : " AND c.owner_id = ?"),
                today.withDayOfMonth(1), scope.ownerId()).get(0);
        assertEquals(0, new BigDecimal(row[0].toString()).compareTo(widgets.amount()), "revenue, owner " + scope.ownerId());
        assertEquals(0, new BigDecimal(row[1].toString()).compareTo(widgets.quantity()), "quantity, owner " + scope.ownerId());
    }

    private void assertBookAgrees() throws Exception {
        assertEquals(List.of(), asAdmin.call(() -> book.check()));
    }

    // --- making the data ---

    private long issued(List<LineInput> lines) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, lines, null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        return id;
    }

    private static LineInput line(String description, String price, String taxPercent) {
        return new LineInput(null, description, BigDecimal.ONE, null, new BigDecimal(price), BigDecimal.ZERO,
                new BigDecimal(taxPercent));
    }

    private CashFigures cash(FigureScope scope) throws Exception {
        return asViewer.call(() -> cashOf(scope));
    }

    private CashFigures cashOf(FigureScope scope) {
        List<CashFigures> rows = money.cash(scope);
        return rows.isEmpty() ? new CashFigures(NZD, zero(scope), zero(scope), zero(scope), zero(scope),
                zero(scope), Money.zero(NZD), Money.zero(NZD), null) : rows.get(0);
    }

    private static MoneyFigure zero(FigureScope scope) {
        return new MoneyFigure(Money.zero(NZD), 0, scope.from(), scope.to());
    }

    private BigDecimal issuedThisMonth(FigureScope scope) {
        return cashOf(scope).issuedThisMonth().amount().amount();
    }
}
