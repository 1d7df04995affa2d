package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crmir.client.ClientService;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Fixtures;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Receivables on the dashboard against SQL over the invoices themselves, in a currency only this test uses (so
 * its figures are exactly this test's invoices); and the summary table agrees with its source rows after issuing,
 * paying, crediting, voiding and moving a client to another owner, also one with more rows than one statement
 * writes.
 */
@ExtendWith(ArquillianExtension.class)
class ReceivablesFiguresIT {

    private static final String CURRENCY = "NOK";

    @EJB
    Fixtures fixtures;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsAdmin asAdmin;

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    ClientService clients;

    @EJB
    UserService users;

    @EJB
    ReceivablesFigures receivables;

    @EJB
    FigureBook book;

    @PersistenceContext
    EntityManager em;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long clientId;
    private long salesId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        clientId = fixtures.client("Fjord Figures", client -> {
            client.setCurrency(CURRENCY);
            client.setPaymentTermsDays(10);
        });
        salesId = asSales.call(() -> users.me().id());
    }

    @Test
    void outstandingOverdueAndAgesMatchTheOpenInvoicesAndFollowEveryChange() throws Exception {
        long paid = issued("100.00");
        long partly = issued("250.00");
        long credited = issued("80.00");
        long voided = issued("40.00");
        asFinance.call(() -> payments.recordForInvoice(paid, nok("100.00"), PaymentMethod.BANK_TRANSFER, "NO-1", today));
        asFinance.call(() -> payments.recordForInvoice(partly, nok("50.00"), PaymentMethod.CARD, "NO-2", today));
        asFinance.call(() -> invoices.credit(credited, nok("30.00"), "Late delivery"));
        asFinance.call(() -> invoices.voidInvoice(voided));

        Receivables mine = only(asSales.call(() -> receivables.of(scope(salesId, today))));
        assertEquals(nok("250.00"), mine.outstanding().amount(), "250 − 50 paid + 80 − 30 credited");
        assertEquals(2, mine.outstanding().count());
        assertEquals(sqlOutstanding(), mine.outstanding().amount().amount().setScale(2));
        assertEquals(0, mine.overdue().count(), "due in 10 days");
        assertEquals(2, mine.aging().get(AgingBucket.CURRENT).count());

        // 45 days on, both are 35 days late: the 31–60 bucket, whose due dates select them
        Receivables later = only(asSales.call(() -> receivables.of(scope(salesId, today.plusDays(45)))));
        assertEquals(nok("250.00"), later.overdue().amount());
        Receivables.Figure bucket = later.aging().get(AgingBucket.DAYS_31_60);
        assertEquals(2, bucket.count());
        assertTrue(!today.plusDays(10).isBefore(bucket.dueFrom()) && !today.plusDays(10).isAfter(bucket.dueTo()));

        // another owner: the figures move with the client
        asAdmin.call(() -> clients.update(clientId, clients.find(clientId).getVersion(), clients.find(clientId),
                "it-finance"));
        assertTrue(asSales.call(() -> receivables.of(scope(salesId, today))).isEmpty(), "no longer it-sales' client");
        assertEquals(nok("250.00"), only(asAdmin.call(() -> receivables.of(scope(null, today)))).outstanding().amount());

        assertEquals(List.of(), asAdmin.call(() -> book.check()));
    }

    @Test
    void onlyAdministratorsRebuildOrCheck() throws Exception {
        assertThrows(EJBAccessException.class, () -> asFinance.call(() -> book.check()));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> book.rebuild()));
        issued("12.00");
        asAdmin.call(() -> book.rebuild());
        assertEquals(List.of(), asAdmin.call(() -> book.check()));
    }

    @Test
    void theCheckNamesATamperedOrMissingRowAndTheRebuildMendsIt() throws Exception {
        // In krónur, which no other test uses: the other tests' figures stay as they are.
        long iceland = fixtures.client("Reykjavik Figures", client -> client.setCurrency("ISK"));
        long invoice = asSales.call(() -> invoices.createDraft(iceland, List.of(new LineInput(null, "Lava work",
                BigDecimal.ONE, null, new BigDecimal("4000"), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(invoice));
        asAdmin.call(() -> book.rebuild());
        String row = " WHERE currency = 'ISK' AND open_amount > 0 LIMIT 1";
        FiguresSql.sql("UPDATE fig_receivables SET open_amount = open_amount + 1" + row);
        List<FigureDifference> tampered = asAdmin.call(() -> book.check());
        assertEquals(1, tampered.size(), tampered.toString());
        assertEquals("fig_receivables", tampered.get(0).table());
        assertTrue(tampered.get(0).key().startsWith("currency=ISK"), tampered.toString());

        asAdmin.call(() -> book.rebuild());
        FiguresSql.sql("DELETE FROM fig_receivables" + row);
        List<FigureDifference> missing = asAdmin.call(() -> book.check());
        assertEquals(1, missing.size(), missing.toString());
        assertEquals("no row", missing.get(0).stored());

        asAdmin.call(() -> book.rebuild());
        assertEquals(List.of(), asAdmin.call(() -> book.check()));
        asFinance.call(() -> invoices.voidInvoice(invoice));
    }

    @Test
    void answersAreKeptUntilAChangeThatMovesFiguresCommits() throws Exception {
        // In zloty, which no other test uses.
        long poland = fixtures.client("Gdansk Figures", client -> client.setCurrency("PLN"));
        long first = asSales.call(() -> invoices.createDraft(poland, List.of(new LineInput(null, "Amber work",
                BigDecimal.ONE, null, new BigDecimal("300"), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(first));
        FigureScope zloty = new FigureScope(null, "PLN", today.withDayOfMonth(1), today, today);
        Money read = only(asAdmin.call(() -> receivables.of(zloty))).outstanding().amount();
        assertEquals(Money.of("300.00", "PLN"), read);

        // A row changed behind the services' back moves no figure: the answer read before is kept.
        FiguresSql.sql("UPDATE fig_receivables_totals SET open_amount = open_amount + 1000 WHERE currency = 'PLN'");
        assertEquals(read, only(asFinance.call(() -> receivables.of(zloty))).outstanding().amount());

        // A committed change that moves figures: the table is read again (the tampering shows), and a rebuild
        // forgets every answer too.
        long second = asSales.call(() -> invoices.createDraft(poland, List.of(new LineInput(null, "More amber",
                BigDecimal.ONE, null, new BigDecimal("20"), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(second));
        assertEquals(Money.of("1320.00", "PLN"),
                only(asAdmin.call(() -> receivables.of(zloty))).outstanding().amount());
        asAdmin.call(() -> book.rebuild());
        assertEquals(Money.of("320.00", "PLN"), only(asAdmin.call(() -> receivables.of(zloty))).outstanding().amount());
        asFinance.call(() -> invoices.voidInvoice(first));
        asFinance.call(() -> invoices.voidInvoice(second));
        assertTrue(asAdmin.call(() -> receivables.of(zloty)).isEmpty(), "both voided");
    }

    @Test
    void aClientMovedWithMoreRowsThanOneStatementWritesKeepsTheFiguresAgreeing() throws Exception {
        long from = salesperson();
        long to = salesperson();
        long moving = fixtures.client("Bergen Calls", client -> { });
        owner(moving, from);
        // A call a day on one day more than a chunk: the client's fig_interactions rows (one a day) move in more
        // than one upsert, and the emptied rows of the former owner go in more than one delete.
        int days = Figures.CHUNK_ROWS + 1;
        FiguresSql.sql("INSERT INTO interactions (client_id, channel, direction, sender, recipient, occurred_at,"
                + " status, author) SELECT " + moving + ", 'CALL', 'INBOUND', 'Ola', 'sales',"
                + " UTC_TIMESTAMP() - INTERVAL seq DAY, 'RECORDED', 'it-sales' FROM seq_1_to_" + days);
        for (String table : List.of("fig_interactions", "fig_interactions_weeks", "fig_interactions_months")) {
            asAdmin.call(() -> book.rebuild(table));
        }
        assertEquals(days, FiguresSql.scalar("SELECT COUNT(*) FROM fig_interactions WHERE owner_id = " + from));

        owner(moving, to);
        assertEquals(0, FiguresSql.scalar("SELECT COUNT(*) FROM fig_interactions WHERE owner_id = " + from),
                "the former owner's emptied rows are deleted");
        assertEquals(days, FiguresSql.scalar("SELECT COUNT(*) FROM fig_interactions WHERE owner_id = " + to
                + " AND interaction_count = 1"));
        assertEquals(List.of(), asAdmin.call(() -> book.check()));
    }

    private long salesperson() throws Exception {
        String username = "it-move-" + Fixtures.unique();
        return asAdmin.call(() -> users.create(new NewUser(username, "IT move " + username, username + "@crmir.test",
                Set.of(Role.SALES), TestUsers.PASSWORD)).id());
    }

    private void owner(long client, long ownerId) throws Exception {
        asAdmin.call(() -> clients.update(client, clients.find(client).getVersion(), clients.find(client),
                users.find(ownerId).username()));
    }

    private FigureScope scope(Long owner, LocalDate day) {
        return new FigureScope(owner, CURRENCY, day.withDayOfMonth(1), day, day);
    }

    private static Receivables only(List<Receivables> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    private BigDecimal sqlOutstanding() {
        return ((BigDecimal) em.createNativeQuery("SELECT SUM(i.total - i.credited_total - i.paid_total)"
                        + " FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.currency = ?"
                        + " AND c.owner_id = ? AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')")
                .setParameter(1, CURRENCY).setParameter(2, salesId).getSingleResult()).setScale(2);
    }

    private long issued(String amount) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Fjord work",
                BigDecimal.ONE, null, new BigDecimal(amount), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        return id;
    }

    private static Money nok(String amount) {
        return Money.of(amount, CURRENCY);
    }
}
