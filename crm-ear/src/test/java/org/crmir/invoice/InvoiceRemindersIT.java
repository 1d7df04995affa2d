package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.FakeAfricasTalking;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.Interaction;
import org.crmir.communication.InteractionRow;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.settings.ReminderSchedule;
import org.crmir.settings.SettingsService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
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
 * Payment reminders as a client receives them: by e-mail (a real SMTP server) with the invoice attached, and by
 * SMS (a local fake of the gateway's API), on the schedule's days, each once however often or concurrently the run
 * repeats, never for a paid invoice; and a reminder by hand from the invoice's page.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceRemindersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @EJB
    InvoiceReminders reminders;

    @EJB
    InvoiceService invoices;

    @EJB
    ClientService clients;

    @EJB
    SettingsService settings;

    @EJB
    PaymentService payments;

    @EJB
    CommunicationService communication;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private final MailServer smtp = new MailServer();
    private FakeAfricasTalking gateway;
    private final ReminderSchedule schedule = ReminderSchedule.parse("days", "7, 21");
    private String email;
    private String phone;
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        gateway = new FakeAfricasTalking();
        email = Fixtures.emailAddress("payables", "reminded.example");
        phone = "+2547" + String.format("%08d", (long) (Math.random() * 100_000_000));
        clientId = fixtures.client("Reminded Ltd", c -> c.setEmail(email));
        asSales.call(() -> clients.addContact(clientId, new Contact("Pam Payable", null, null, phone)));
        asAdmin.call(() -> settings.remindOfUnpaidInvoices(settings.current().getVersion(), "7, 21", true));
    }

    @AfterEach
    void tearDown() throws Exception {
        asAdmin.call(() -> settings.remindOfUnpaidInvoices(settings.current().getVersion(), "", false));
        gateway.close();
        smtp.stop();
    }

    private Invoice issued() throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Support", BigDecimal.ONE,
                "pc", new BigDecimal("240.00"), BigDecimal.ZERO, BigDecimal.ZERO)), null, null).getId());
        return asFinance.call(() -> invoices.issue(id));
    }

    private boolean waiting(Invoice invoice, LocalDate today) throws Exception {
        return asAdmin.call(() -> reminders.waiting(invoice.getId() - 1, schedule, today)).contains(invoice.getId());
    }

    private int remind(Invoice invoice, LocalDate today) throws Exception {
        return asAdmin.call(() -> reminders.remind(invoice.getId(), today));
    }

    @Test
    void theClientIsRemindedOnEachDayOfTheScheduleOnceByEmailWithTheInvoiceAndBySms() throws Exception {
        Invoice invoice = issued();
        LocalDate due = invoice.getDueDate();
        assertFalse(waiting(invoice, due.plusDays(6)), "not before the first day");
        assertEquals(0, remind(invoice, due.plusDays(6)));

        assertTrue(waiting(invoice, due.plusDays(7)));
        assertEquals(1, remind(invoice, due.plusDays(7)));
        assertEquals(0, remind(invoice, due.plusDays(7)), "once");
        assertEquals(0, remind(invoice, due.plusDays(20)), "nothing new until the next day of the schedule");

        List<MimeMessage> mail = Eventually.until(PATIENCE, () -> smtp.receivedFor(email), m -> !m.isEmpty());
        MimeMessage reminder = mail.get(0);
        assertEquals("Reminder: invoice " + invoice.getNumber() + " is unpaid", reminder.getSubject());
        Multipart parts = (Multipart) reminder.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        assertTrue(body.contains("240.00 EUR, due on " + due + ", is still unpaid"), body);
        assertEquals(invoice.getNumber() + ".pdf", parts.getBodyPart(1).getFileName());
        List<FakeAfricasTalking.Sent> texts = Eventually.until(PATIENCE, () -> gateway.sentTo(phone),
                t -> !t.isEmpty());
        assertTrue(texts.get(0).message().contains("invoice " + invoice.getNumber() + " of 240.00 EUR was due on "
                + due), texts.get(0).message());

        assertEquals(1, remind(invoice, due.plusDays(21)), "the second reminder");
        assertFalse(waiting(invoice, due.plusDays(400)), "all of the schedule sent");
        assertEquals(List.of(1, 2), asViewer.call(() -> reminders.sentFor(invoice.getId())).stream()
                .map(InvoiceReminder::getReminder).toList());
        Eventually.until(PATIENCE, () -> smtp.receivedFor(email), m -> m.size() == 2);
        Thread.sleep(1000); // anything sent twice would arrive meanwhile
        assertEquals(2, smtp.receivedFor(email).size());
        assertEquals(2, gateway.sentTo(phone).size());
        List<InteractionRow> history = asViewer.call(() -> communication.timeline(clientId, HistoryFilter.none(),
                PageRequest.first(20))).items();
        assertEquals(2, history.stream().filter(i -> i.getChannel() == Channel.EMAIL
                && i.getSubject().contains(invoice.getNumber())).count());
        assertEquals(2, history.stream().filter(i -> i.getChannel() == Channel.SMS).count());
    }

    @Test
    void twoRunsAtOnceSendOneReminder() throws Exception {
        Invoice invoice = issued();
        LocalDate day = invoice.getDueDate().plusDays(8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> remind(invoice, day);
            List<Future<Integer>> both = pool.invokeAll(List.of(run, run));
            int sent = 0;
            for (Future<Integer> one : both) {
                try {
                    sent += one.get();
                } catch (java.util.concurrent.ExecutionException lost) {
                    // the loser of the race may fail on the unique key: it sent nothing
                }
            }
            assertEquals(1, sent);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, asViewer.call(() -> reminders.sentFor(invoice.getId())).size());
    }

    @Test
    void aPaidInvoiceIsNotReminded() throws Exception {
        Invoice invoice = issued();
        asFinance.call(() -> payments.record(clientId, Money.of("240.00", "EUR"), PaymentMethod.BANK_TRANSFER,
                "REM-" + Fixtures.unique(), LocalDate.now(ZoneOffset.UTC), true));
        assertFalse(waiting(invoice, invoice.getDueDate().plusDays(30)));
        assertEquals(0, remind(invoice, invoice.getDueDate().plusDays(30)));
    }

    @Test
    void aClientWithoutAddressOrNumberGetsANoteInsteadOnceAndFinanceCanRemindByHand() throws Exception {
        long bare = fixtures.client("Unreachable Ltd");
        long id = asSales.call(() -> invoices.createDraft(bare, List.of(new LineInput(null, "Support", BigDecimal.ONE,
                "pc", new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO)), null, null).getId());
        Invoice invoice = asFinance.call(() -> invoices.issue(id));
        assertEquals(1, remind(invoice, invoice.getDueDate().plusDays(7)));
        assertEquals(0, remind(invoice, invoice.getDueDate().plusDays(8)));
        List<InteractionRow> notes = asViewer.call(() -> communication.timeline(bare, HistoryFilter.none(),
                PageRequest.first(10))).items();
        assertEquals(List.of("Reminder for invoice " + invoice.getNumber() + " not sent"),
                notes.stream().map(InteractionRow::getSubject).toList());
        assertThrows(RuleViolationException.class, () -> asFinance.call(() -> reminders.remindNow(id)),
                "no address to send to");

        Invoice reachable = issued();
        Interaction byHand = asFinance.call(() -> reminders.remindNow(reachable.getId()));
        assertEquals(email, byHand.getRecipient());
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> reminders.remindNow(reachable.getId())));
        long draft = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "x",
                BigDecimal.ONE, "pc", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO)), null, null).getId());
        assertThrows(RuleViolationException.class, () -> asSales.call(() -> reminders.remindNow(draft)));
    }

    @Test
    void onlyAnAdministratorSetsTheScheduleAndADayListThatIsNoScheduleIsRefused() throws Exception {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asAdmin.call(
                () -> settings.remindOfUnpaidInvoices(settings.current().getVersion(), "21, 7", false)));
        assertEquals("reminderDays", refused.getField());
        assertEquals("7,21", asViewer.call(() -> settings.current()).getReminderSchedule().stored(), "unchanged");
        assertThrows(EJBAccessException.class, () -> asFinance.call(
                () -> settings.remindOfUnpaidInvoices(settings.current().getVersion(), "3", false)));
        assertThrows(EJBAccessException.class, () -> asFinance.call(() -> reminders.run(LocalDate.now())));
    }
}
