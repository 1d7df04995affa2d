package org.crmir.figures;

import static org.crmir.figures.FiguresSql.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmir.client.ClientService;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractService;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.GatewayIntake;
import org.crmir.payment.Payment;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.payment.ReceiptPdfService;
import org.crmir.payment.ReceiptStatus;
import org.crmir.quote.QuoteService;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The answers {@link FigureCache} keeps, per source: a change of one source renews the answers that read it and
 * leaves the others kept, and every figures read names each source it reads. The figures are those of a
 * salesperson made for this test and of a currency no other test uses (forints), so that nothing another test
 * does moves them.
 */
@ExtendWith(ArquillianExtension.class)
class FigureSourcesIT {

    private static final String HUF = "HUF";
    /** Every bean of cached figures reads. */
    private static final List<Class<?>> READERS = List.of(ReceivablesFigures.class, MoneyFigures.class,
            MoneyTrends.class, RankingFigures.class, FigureCurrencies.class, SalesFigures.class, ContractFigures.class,
            ActivityFigures.class);

    @EJB
    ReceivablesFigures receivables;

    @EJB
    MoneyFigures money;

    @EJB
    MoneyTrends trends;

    @EJB
    RankingFigures ranking;

    @EJB
    FigureCurrencies currencies;

    @EJB
    SalesFigures sales;

    @EJB
    ContractFigures contractFigures;

    @EJB
    ActivityFigures activity;

    @EJB
    FigureBook book;

    @Inject
    FigureCache cache;


    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    QuoteService quotes;

    @EJB
    ContractService contracts;

    @EJB
    CommunicationService communication;

    @EJB
    GatewayIntake intake;

    @EJB
    ReceiptPdfService receipts;

    @EJB
    ClientService clients;

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


    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long ownerId;
    private long clientId;
    private FigureScope scope;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        String username = "it-figs-" + Fixtures.unique();
        ownerId = asAdmin.call(() -> users.create(new NewUser(username, "IT figures " + username,
                username + "@crmir.test", Set.of(Role.SALES), TestUsers.PASSWORD)).id());
        clientId = fixtures.clientOwnedBy(Role.ADMIN, "Danube Figures", client -> client.setCurrency(HUF));
        asAdmin.call(() -> clients.update(clientId, clients.find(clientId).getVersion(), clients.find(clientId),
                username));
        scope = new FigureScope(ownerId, HUF, today.minusMonths(11).withDayOfMonth(1), today, today);
    }

    @AfterEach
    void agree() throws Exception {
        assertEquals(List.of(), asAdmin.call(() -> book.check()), "the summary tables agree with their rows");
    }

    @Test
    void aChangeOfOneSourceRenewsItsAnswersAndLeavesTheOthersKept() throws Exception {
        long first = issued("1000");
        logCall();
        Money open = asAdmin.call(() -> receivables.of(scope)).get(0).outstanding().amount();
        long calls = asAdmin.call(() -> activity.thisWeek(scope)).of("CALL");
        assertEquals(1, calls);

        // Rows changed behind the services' back: what a read would see now, but no change says so.
        sql("UPDATE fig_receivables SET open_amount = open_amount + 500 WHERE owner_id = " + ownerId);
        sql("UPDATE fig_interactions_weeks SET interaction_count = interaction_count + 5 WHERE owner_id = " + ownerId
                + " AND channel = 'CALL'");

        // An interaction logged renews the activity answers (the tampering shows), not the receivables.
        logCall();
        assertEquals(1 + 5 + 1, asAdmin.call(() -> activity.thisWeek(scope)).of("CALL"), "read again");
        assertEquals(open, asAdmin.call(() -> receivables.of(scope)).get(0).outstanding().amount(), "kept");

        // A payment on the invoice renews the receivables (its allocation moves the invoice); the quotes, which
        // no payment touches, are kept: tampered just before it, they still read as before.
        asSales.call(() -> quotes.createDraft(clientId, today.plusDays(30), List.of(line("450")), null, null));
        List<SalesFigures.OpenQuotes> openQuotes = asAdmin.call(() -> sales.openQuotes(scope));
        assertEquals(1, openQuotes.get(0).count());
        sql("UPDATE fig_quotes SET quote_count = quote_count + 3 WHERE owner_id = " + ownerId);
        paidWithReceipt(() -> asFinance.call(() -> payments.recordForInvoice(first, Money.of("100", HUF),
                PaymentMethod.CARD, "H-1", today)));
        assertEquals(Money.of("1400.00", HUF), asAdmin.call(() -> receivables.of(scope)).get(0).outstanding().amount(),
                "1000 + 500 tampered − 100 paid: read again");
        assertEquals(openQuotes, asAdmin.call(() -> sales.openQuotes(scope)), "kept");
        sql("UPDATE fig_quotes SET quote_count = quote_count - 3 WHERE owner_id = " + ownerId);

        asAdmin.call(() -> book.rebuild());
        assertEquals(Money.of("900.00", HUF), asAdmin.call(() -> receivables.of(scope)).get(0).outstanding().amount());
        assertEquals(2, asAdmin.call(() -> activity.thisWeek(scope)).of("CALL"));
    }

    @Test
    void everyReadNamesEachSourceItReads() throws Exception {
        List<Method> reads = reads();
        issued("300");
        // Each change moves figures of its source in this scope; a read whose answer it moves must name the source,
        // or it would be answered from before the change.
        moves(reads, FigureSource.INVOICE, () -> issued("200"));
        moves(reads, FigureSource.PAYMENT, () -> paidWithReceipt(() -> asFinance.call(() -> payments.record(clientId,
                Money.of("70", HUF), PaymentMethod.BANK_TRANSFER, "H-2", today, false))));
        // No cached read reads fig_credit_notes, so none may name CREDIT_NOTE (a credit note moves the figures of
        // its invoice, and InvoiceService.credit ends INVOICE too, whose step is above).
        for (Method read : reads) {
            assertFalse(Set.of(read.getAnnotation(CachedFigures.class).reads()).contains(FigureSource.CREDIT_NOTE),
                    name(read) + " names CREDIT_NOTE, which no summary it reads comes from");
        }
        moves(reads, FigureSource.QUOTE, () -> asSales.call(() -> quotes.createDraft(clientId, today.plusDays(30),
                List.of(line("450")), null, null)));
        moves(reads, FigureSource.CONTRACT, () -> {
            long id = asSales.call(() -> contracts.createDraft(new ContractDraft(clientId, "River barge service",
                    null, today.minusMonths(11), today.plusDays(10), 5, false, null, 30, new BigDecimal("1200"),
                    null, null, null, null, null, List.of(), List.of())).getId());
            return asSales.call(() -> contracts.activate(id));
        });
        moves(reads, FigureSource.INTERACTION, this::logCall);
        String gateway = "it" + Fixtures.unique().substring(0, 6);
        moves(reads, FigureSource.GATEWAY_EVENT, () -> {
            // An unknown gateway's event is rejected by the queue's consumer, after the commit that received it;
            // its generation ends just after its commit, in the consumer's thread: until the kept answer says so
            // (well before answers expire, so a read that does not name the source still fails).
            intake.accept(gateway, "unknown", "test.event", "{}");
            return Eventually.until(Duration.ofSeconds(20), () -> asAdmin.call(() -> activity.gatewayTrouble()),
                    trouble -> trouble.contains(new ActivityFigures.GatewayTrouble(gateway, "REJECTED", 1)));
        });
    }

    /**
     * Reads every figure, makes the change, and reads them again through the cache and afresh: any that differ
     * read {@code source} without naming it. The change must move at least one of them, or it tests nothing.
     */
    private void moves(List<Method> reads, FigureSource source, java.util.concurrent.Callable<?> change)
            throws Exception {
        cache.forget();
        Map<String, Object> before = readAll(reads);
        change.call();
        Map<String, Object> kept = readAll(reads);
        cache.forget();
        Map<String, Object> fresh = readAll(reads);
        List<String> moved = new ArrayList<>();
        for (Method read : reads) {
            String name = name(read);
            Set<FigureSource> named = Set.of(read.getAnnotation(CachedFigures.class).reads());
            assertEquals(fresh.get(name), kept.get(name), name + " reads " + source + " but names only " + named);
            if (!fresh.get(name).equals(before.get(name))) {
                moved.add(name);
            }
        }
        assertFalse(moved.isEmpty(), "the change of " + source + " moved no figure");
    }

    private Map<String, Object> readAll(List<Method> reads) throws Exception {
        return asAdmin.call(() -> {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Method read : reads) {
                Object bean = bean(read.getDeclaringClass());
                Object[] arguments = new Object[read.getParameterCount()];
                Class<?>[] types = read.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    arguments[i] = types[i] == FigureScope.class ? scope : types[i] == int.class ? 12
                            : types[i] == LocalDate.class ? today : types[i] == Grain.class ? Grain.QUARTER : null;
                    assertNotNull(arguments[i], name(read) + ": no value for a " + types[i]);
                }
                answers.put(name(read), bean.getClass().getMethod(read.getName(), types).invoke(bean, arguments));
            }
            return answers;
        });
    }

    /** The public reads of every figures bean, each of them cached. */
    private static List<Method> reads() {
        List<Method> reads = new ArrayList<>();
        for (Class<?> reader : READERS) {
            for (Method method : reader.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    assertTrue(method.isAnnotationPresent(CachedFigures.class), name(method) + " is not cached");
                    reads.add(method);
                }
            }
        }
        return reads;
    }

    private Object bean(Class<?> type) {
        for (Object bean : List.of(receivables, money, trends, ranking, currencies, sales, contractFigures,
                activity)) {
            if (type.isInstance(bean)) {
                return bean;
            }
        }
        throw new IllegalArgumentException(type.getName());
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /**
     * Records a payment and waits until its receipt is ready and the interaction its preparation logs (the email,
     * or a note when the client has no billing email) shows in the kept activity answer: else that interaction
     * could commit between a test's reads of kept and fresh answers and tell them apart for another reason.
     */
    private Payment paidWithReceipt(java.util.concurrent.Callable<Payment> pay) throws Exception {
        long logged = interactionsThisWeek();
        Payment payment = pay.call();
        Eventually.until(Duration.ofSeconds(60), () -> asFinance.call(() -> receipts.state(payment.getId())),
                state -> state.status() == ReceiptStatus.READY);
        Eventually.until(Duration.ofSeconds(20), this::interactionsThisWeek, now -> now > logged);
        return payment;
    }

    private long interactionsThisWeek() throws Exception {
        return asAdmin.call(() -> activity.thisWeek(scope)).perChannel().values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private long issued(String amount) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, List.of(line(amount)), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        return id;
    }

    private Object logCall() throws Exception {
        return asSales.call(() -> communication.record(clientId, new NewInteraction(Channel.CALL, Direction.INBOUND,
                "Zsofia", "sales", "Asked for rates", null, null, null, null, null)));
    }

    private static LineInput line(String price) {
        return new LineInput(null, "Barge work", BigDecimal.ONE, null, new BigDecimal(price), BigDecimal.ZERO,
                BigDecimal.ZERO);
    }
}
