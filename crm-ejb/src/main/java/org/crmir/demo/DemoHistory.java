package org.crmir.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.OutgoingEmail;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractService;
import org.crmir.demo.DemoCast.DemoProduct;
import org.crmir.demo.DemoClients.DemoClient;
import org.crmir.identity.Role;
import org.crmir.invoice.InvoiceService;
import org.crmir.notification.NotificationService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Money;

/**
 * Two years of believable history up to {@code today}, made through the services with the business clock set to
 * each step's moment, so that numbers, dates, audit and every figure derived from the services are what real use
 * would have left: clients and their owners, quotes in every state, invoices paid, partly paid, overdue, credited
 * and voided, payments by transfer, card and M-Pesa, client credit and a refund, contracts with renewals,
 * amendments, important dates and recurring invoices, conversations on every channel, one email that fails now,
 * one parked gateway event, and finance's report runs and schedules. The same {@code today} and tag give the same
 * history: one seeded random drives every choice, in a fixed order. Each service call is a transaction of its own,
 * as in real use.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** The demo's notifications older than this count as read: the bell shows the last week's. */
    static final int READ_AFTER_DAYS = 7;

    /** The seed of every choice the history makes. */
    public static final long SEED = 20_260_101L;
    private static final int CONTRACTS = 14;

    @Inject
    BusinessClock clock;

    @Inject
    DemoCast cast;

    @Inject
    DemoClients demoClients;

    @Inject
    SalesStory sales;

    @Inject
    ConversationStory conversations;

    @Inject
    NightShift nightShift;

    @Inject
    DemoActors actors;

    @Inject
    ReportStory reports;

    @EJB
    NotificationService notifications;

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    ContractService contracts;

    @EJB
    ContractQueries contractQueries;

    @EJB
    CommunicationService communication;

    @EJB
    DemoGatewayEvents gatewayEvents;

    /**
     * What a load made: its clients, finance's report runs (rendered by the report queue after they were asked
     * for) and report schedules, how many steps it ran and how long it took.
     */
    public record DemoLoad(List<Long> clientIds, List<Long> reportRunIds, List<Long> reportScheduleIds, int steps,
            long millis) implements Serializable {
    }

    /**
     * Loads the history ending {@code today} for a new set of demo clients, whose names end with {@code tag}
     * (empty for the demo itself; a word when loading beside existing data, as a test does).
     */
    public DemoLoad load(LocalDate today, String tag) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        Random random = new Random(SEED);
        LocalDate start = today.minusMonths(24);
        cast.ensureUsers();
        List<DemoProduct> products = cast.ensureCatalog();
        List<DemoClient> clients = demoClients.register(start, today, tag, random);
        Timeline timeline = new Timeline(today, Instant.now().minusSeconds(60));
        PaymentStory paymentStory = new PaymentStory(invoices, payments, actors);
        sales.plan(timeline, clients, products, paymentStory, random);
        ContractStory contractStory = new ContractStory(contracts, contractQueries, invoices, paymentStory, actors,
                new Random(SEED + 1));
        contractStory.plan(timeline, clients, products, CONTRACTS);
        conversations.plan(timeline, clients, random);
        planCredit(timeline, clients.get(4), random);
        planGatewayEvents(timeline, clients, tag);
        nightShift.plan(timeline, start, contractStory);
        List<Long> reportRuns = reports.plan(timeline);
        long planned = System.nanoTime();
        int steps = timeline.run(clock);
        notifications.markReadBefore(today.minusDays(READ_AFTER_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant());
        failedMessage(clients.get(clients.size() - 7));
        List<Long> reportSchedules = reports.schedule(tag);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // CPU time as well as wall time: on a shared machine the wall time says more about the neighbours.
        LOG.info("Demo history loaded: " + clients.size() + " clients, " + steps + " steps, in " + millis + " ms ("
                + (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000 + " ms of this thread's CPU; "
                + (planned - started) / 1_000_000 + " ms for users, catalog, clients and the plan); steps: "
                + timeline.spending());
        return new DemoLoad(clients.stream().map(DemoClient::id).toList(), List.copyOf(reportRuns),
                List.copyOf(reportSchedules), steps, millis);
    }

    /** Money paid ahead of any invoice: the client's credit until the next invoices take it. */
    private void planCredit(Timeline timeline, DemoClient client, Random random) {
        String reference = PaymentStory.reference(PaymentMethod.BANK_TRANSFER, random);
        timeline.at(SalesStory.weekday(timeline.today().minusDays(12)), 11, 40, "advance payment",
                () -> actors.finance(() -> payments.record(client.id(), Money.of("KES".equals(client.currency())
                        ? "150000" : "1500", client.currency()), PaymentMethod.BANK_TRANSFER, reference, null, false)));
    }

    /**
     * Two M-Pesa callbacks through the intake: one the processor rejects (it matches no payment request), and one
     * whose processing failed every attempt while Daraja could not be reached, parked for a person to retry.
     */
    private void planGatewayEvents(Timeline timeline, List<DemoClient> clients, String tag) {
        LocalDate today = timeline.today();
        String suffix = tag.isEmpty() ? "" : "_" + tag.replaceAll("[^A-Za-z0-9]", "");
        String rejected = "ws_CO_" + today.minusDays(9).toString().replace("-", "") + "0915" + suffix;
        String parked = "ws_CO_" + today.minusDays(2).toString().replace("-", "") + "1422" + suffix;
        timeline.at(today.minusDays(9), 9, 15, "unmatched M-Pesa callback",
                () -> gatewayEvents.receive(rejected, callback(rejected, 1032, "Request cancelled by user")));
        timeline.at(today.minusDays(2), 14, 22, "parked M-Pesa callback",
                () -> gatewayEvents.parked(parked, callback(parked, 0, "The service request is processed"
                        + " successfully."), "IllegalStateException: STK query for " + parked + " not answered:"
                        + " Daraja could not be reached (connect timed out)", 5));
    }

    private static String callback(String checkout, int resultCode, String description) {
        String metadata = resultCode != 0 ? "" : ",\"CallbackMetadata\":{\"Item\":[{\"Name\":\"Amount\",\"Value\":"
                + "12500},{\"Name\":\"MpesaReceiptNumber\",\"Value\":\"SKL7QX2M4P\"},{\"Name\":\"PhoneNumber\","
                + "\"Value\":254712031031}]}";
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"29115-34620561-1\",\"CheckoutRequestID\":\""
                + checkout + "\",\"ResultCode\":" + resultCode + ",\"ResultDesc\":\"" + description + "\""
                + metadata + "}}}";
    }

    /**
     * One real email, sent now (not replayed) to an address that cannot exist (the reserved .invalid domain):
     * without a mail server (as under {@code bin/crmir run}) it fails after the queue's attempts, and a real mail
     * server refuses it; either way the history shows a failed message with its error, ready for "retry".
     */
    private void failedMessage(DemoClient client) {
        actors.as(client.owner(), () -> communication.sendEmail(new OutgoingEmail(client.id(), null, "accounts@"
                + DemoClients.slug(client.name()) + ".invalid", "Statement of account", "Hello,\n\nplease find your"
                + " statement of account below; two invoices are past their due date.\n\nKind regards", List.of(),
                null, null)));
    }
}
