package org.crmir.financereport;

import static org.crmir.support.TestDatabase.number;
import static org.crmir.support.TestDatabase.sql;
import static org.crmir.support.TestDatabase.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.identity.UserSummary;
import org.crmir.shared.InvalidInputException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.MailLinks;
import org.crmir.support.MailServer;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schedules in the real server, with the clock injected ({@link ScheduleFirings#fireDue} takes the moment): a
 * schedule fires once per slot, catches up once after downtime, fires a slot once however many try at once; its
 * outputs arrive by e-mail (GreenMail) with their attachments and the deliveries are recorded; a failed run tells
 * the owner (bell and e-mail) and runs again; every refusal names its field and stores nothing; sales may not.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSchedulesIT {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final String OWNER_MAIL = "it-finance@crmir.test";

    @EJB
    ReportBook book;

    @EJB
    ReportSchedules schedules;

    @EJB
    ScheduleFirings firings;

    @EJB
    ReportRuns runs;

    @EJB
    AsSales asSales;

    @EJB
    AsAdmin asAdmin;

    @EJB
    UserService users;

    private MailServer smtp;
    private long client;

    @BeforeEach
    void setUp() throws Exception {
        client = book.make();
        smtp = new MailServer().start();
    }

    @AfterEach
    void tearDown() throws Exception {
        sql("DROP TRIGGER IF EXISTS it_schedule_output_refused");
        sql("DROP TRIGGER IF EXISTS it_firing_owner_left");
        sql("DROP TRIGGER IF EXISTS it_firing_refused");
        // The server's own timer must not fire these schedules later, in another test's middle.
        sql("UPDATE report_schedules SET active = FALSE, next_run_at = NULL");
        smtp.stop();
    }

    private ScheduleDraft daily(String name, Set<ReportFormat> formats, List<String> users, List<String> addresses) {
        return new ScheduleDraft(name, FinanceReport.CREDIT_NOTES, formats, RelativePeriod.YESTERDAY,
                ReportBook.CURRENCY, client, Recurrence.Frequency.DAILY, null, null, LocalTime.of(7, 0), "Europe/Zurich",
                users, addresses);
    }

    private ReportSchedule create(ScheduleDraft draft) throws Exception {
        return book.asFinance(() -> schedules.create(draft, null));
    }

    private int fire(Instant at) throws Exception {
        return book.asFinance(() -> firings.fireDue(at));
    }

    @Test
    void aScheduleFiresOncePerSlotForItsRelativePeriod() throws Exception {
        ReportSchedule s = create(daily("Daily " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("daily", "corp.example"))));
        Instant first = s.getNextRunAt();
        assertEquals(LocalTime.of(7, 0), first.atZone(ZURICH).toLocalTime());
        assertTrue(first.isAfter(Instant.now()));

        fire(first.minusSeconds(60));
        assertEquals(0, firingsOf(s), "not due a minute before its slot");
        fire(first.plusSeconds(30));
        fire(first.plusSeconds(90));
        fire(first.plus(3, ChronoUnit.HOURS));
        assertEquals(1, firingsOf(s), "one firing for the slot, however often the timer looks");
        assertEquals(s.getVersion(), book.asFinance(() -> schedules.find(s.getId())).getVersion(),
                "a firing is no person's change: an edit opened before it still saves");
        fire(first.plus(1, ChronoUnit.DAYS).plusSeconds(30));
        assertEquals(2, firingsOf(s), "the next day's slot fires once more");

        List<ReportRun> made = book.asFinance(() -> runs.list(new ReportRunFilter(null, null, s.getId()),
                org.crmir.shared.PageRequest.first(10)));
        assertEquals(2, made.size());
        LocalDate firstDay = first.atZone(ZURICH).toLocalDate();
        ReportRun older = made.get(1);
        assertEquals(firstDay.minusDays(1), older.parameterValues().from(), "yesterday, on the slot's day in Zurich");
        assertEquals(firstDay.minusDays(1), older.parameterValues().to());
        assertEquals("Schedule: " + s.getName(), older.ranBy());
        assertEquals(ReportRunStatus.DONE, book.waitUntilFinished(older.getId()).getStatus());
        assertEquals(first.plus(2, ChronoUnit.DAYS), book.asFinance(() -> schedules.find(s.getId())).getNextRunAt());
    }

    @Test
    void aScheduleMissedForDaysRunsOnceWhenTheServerIsBack() throws Exception {
        ReportSchedule s = create(daily("Missed " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("missed", "corp.example"))));
        Instant tenDaysAgo = s.getNextRunAt().minus(10, ChronoUnit.DAYS);
        sql("UPDATE report_schedules SET next_run_at = '" + java.time.LocalDateTime.ofInstant(tenDaysAgo,
                java.time.ZoneOffset.UTC) + "' WHERE id = " + s.getId());
        Instant now = Instant.now();
        fire(now);
        fire(now.plusSeconds(1));
        assertEquals(1, firingsOf(s), "ten missed slots make one firing");
        Instant latestMissed = s.recurrence().lastAtOrBefore(now);
        assertTrue(latestMissed.isAfter(tenDaysAgo.plus(8, ChronoUnit.DAYS)), latestMissed.toString());
        assertEquals(latestMissed, Instant.parse(text("SELECT CONCAT(REPLACE(CAST(slot AS CHAR), ' ', 'T'), 'Z')"
                + " FROM report_schedule_firings WHERE schedule_id = " + s.getId())), "for the latest slot missed");
        Instant next = book.asFinance(() -> schedules.find(s.getId())).getNextRunAt();
        assertTrue(next.isAfter(now) && next.isBefore(now.plus(1, ChronoUnit.DAYS).plusSeconds(1)), next.toString());
    }

    @Test
    void twoFiringsOfTheSameSlotAtOnceMakeOneFiringAndOneRunPerFormat() throws Exception {
        ReportSchedule s = create(daily("Twice " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV, ReportFormat.PDF),
                List.of(), List.of(Fixtures.emailAddress("twice", "corp.example"))));
        Instant due = s.getNextRunAt().plusSeconds(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> both = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return fire(due);
                }));
            }
            start.countDown();
            int fired = 0;
            for (Future<Integer> f : both) {
                fired += f.get();
            }
            assertEquals(1, fired, "one of the two fired it, the other found it held or fired");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, firingsOf(s));
        assertEquals(2, number("SELECT COUNT(*) FROM report_runs WHERE schedule_id = " + s.getId()),
                "one run per format");
    }

    @Test
    void aSlotAlreadyFiredCannotFireAgainEvenPastTheLock() throws Exception {
        ReportSchedule s = create(daily("Unique " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("unique", "corp.example"))));
        String slot = java.time.LocalDateTime.ofInstant(s.getNextRunAt(), java.time.ZoneOffset.UTC).toString();
        sql("INSERT INTO report_schedule_firings (schedule_id, schedule_name, owner, slot, fired_at, runs_left)"
                + " VALUES (" + s.getId() + ", 'it', 'it-finance', '" + slot + "', NOW(6), 0)");
        fire(s.getNextRunAt().plusSeconds(5));
        assertEquals(1, firingsOf(s), "the unique key refused the second firing");
        assertEquals(0, number("SELECT COUNT(*) FROM report_runs WHERE schedule_id = " + s.getId()),
                "and it queued nothing");
    }

    @Test
    void theOutputsArriveByEMailWithTheirAttachmentsAndTheDeliveriesAreRecorded() throws Exception {
        String address = Fixtures.emailAddress("books", "corp.example");
        ReportSchedule s = create(daily("Mailed " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV,
                ReportFormat.PDF), List.of("it-finance"), List.of(address)));
        fire(s.getNextRunAt().plusSeconds(5));

        MimeMessage mail = MailLinks.awaitMails(smtp, address, 1).get(0);
        assertTrue(mail.getSubject().startsWith(s.getName() + ": Credit notes"), mail.getSubject());
        Opened opened = open(mail);
        List<String> files = opened.files();
        String body = opened.body();
        assertTrue(opened.csv().contains("Credit notes"), opened.csv());
        assertEquals(2, files.size(), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("credit-notes-") && f.endsWith(".pdf")), files.toString());
        assertTrue(body != null && body.contains("CSV: attached."), body);

        long firing = number("SELECT id FROM report_schedule_firings WHERE schedule_id = " + s.getId());
        List<ReportDelivery> deliveries = Eventually.until(Duration.ofSeconds(30), () -> book.asFinance(
                () -> schedules.deliveriesOf(List.of(firing)).getOrDefault(firing, List.of())),
                d -> d.size() == 2 && d.stream().allMatch(
                x -> x.getStatus() == ReportDelivery.Status.SENT));
        assertTrue(deliveries.stream().anyMatch(d -> d.getRecipient().equals(address) && d.getSentAt() != null));
        assertTrue(deliveries.stream().anyMatch(d -> OWNER_MAIL.equals(d.getRecipient())
                && "it-finance".equals(d.getUsername())), "a user gets it at the account's e-mail");
        assertEquals(0, number("SELECT COUNT(*) FROM interactions WHERE recipient = '" + address + "'"),
                "no client's conversation: not in the communication history");
    }

    /** An e-mail's attachments' names, its text, and the CSV attached (empty if none). */
    private record Opened(List<String> files, String body, String csv) {
    }

    private static Opened open(MimeMessage mail) throws Exception {
        List<String> files = new ArrayList<>();
        String body = null;
        String csv = "";
        Multipart parts = (Multipart) mail.getContent();
        for (int k = 0; k < parts.getCount(); k++) {
            Part part = parts.getBodyPart(k);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                files.add(part.getFileName());
                if (part.getFileName().endsWith(".csv")) {
                    csv = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            } else {
                body = String.valueOf(part.getContent());
            }
        }
        return new Opened(files, body, csv);
    }

    @Test
    void oneFormatFailingTheOtherIsMailedWithALineSayingSo() throws Exception {
        String address = Fixtures.emailAddress("half", "corp.example");
        ReportSchedule s = create(daily("Half " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV, ReportFormat.PDF),
                List.of(), List.of(address)));
        sql("CREATE TRIGGER it_schedule_output_refused BEFORE INSERT ON report_outputs FOR EACH ROW"
                + " IF (SELECT format FROM report_runs WHERE id = NEW.run_id) = 'PDF' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'it: PDF outputs refused'; END IF");
        fire(s.getNextRunAt().plusSeconds(5));

        Opened mail = open(MailLinks.awaitMails(smtp, address, 1).get(0));
        assertEquals(1, mail.files().size(), mail.files().toString());
        assertTrue(mail.files().get(0).endsWith(".csv"), mail.files().toString());
        assertTrue(mail.body().contains("CSV: attached.") && mail.body().contains("PDF: could not be made"),
                mail.body());
    }

    @Test
    void aFailedScheduledRunTellsItsOwnerAndRunsAgain() throws Exception {
        String address = Fixtures.emailAddress("failing", "corp.example");
        ReportSchedule s = create(daily("Failing " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(address)));
        sql("CREATE TRIGGER it_schedule_output_refused BEFORE INSERT ON report_outputs FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'it: report outputs refused'");
        fire(s.getNextRunAt().plusSeconds(5));
        long runId = number("SELECT id FROM report_runs WHERE schedule_id = " + s.getId());
        ReportRun failed = book.waitUntilFinished(runId);
        assertEquals(ReportRunStatus.FAILED, failed.getStatus());
        sql("DROP TRIGGER it_schedule_output_refused");

        assertEquals(1, number("SELECT COUNT(*) FROM notifications WHERE username = 'it-finance' AND text LIKE '%"
                + s.getName() + "%failed%' AND link = '/finance/reports.xhtml?schedule=" + s.getId() + "'"));
        MimeMessage notice = Eventually.until(Duration.ofSeconds(60), () -> noticeFor(s), m -> m != null);
        String text = String.valueOf(notice.getContent());
        assertTrue(text.contains(failed.getFailure()), "the plain reason: " + text);
        assertTrue(!text.contains("SQL") && !text.contains("refused"), text);
        // The firing is over (its one run ended) and queued no e-mail for the recipients: nothing will come.
        assertEquals(0, number("SELECT runs_left FROM report_schedule_firings WHERE schedule_id = " + s.getId()));
        assertEquals(0, number("SELECT COUNT(*) FROM report_deliveries d JOIN report_schedule_firings f"
                + " ON f.id = d.firing_id WHERE f.schedule_id = " + s.getId() + " AND d.purpose = 'OUTPUTS'"),
                "nothing to send to the recipients");

        ReportRun again = book.asFinance(() -> runs.runAgain(runId));
        assertEquals(ReportRunStatus.DONE, book.waitUntilFinished(again.getId()).getStatus());
    }

    @Test
    void aScheduleWhoseOwnerMayNoLongerRunItIsPausedAndTheAdministratorsAreTold() throws Exception {
        ReportSchedule moved = create(daily("Moved on " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("moved", "corp.example"))));
        sql("UPDATE report_schedules SET owner = 'it-sales' WHERE id = " + moved.getId());
        String leaver = leaver();
        ReportSchedule orphan = create(daily("Left " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("left", "corp.example"))));
        sql("UPDATE report_schedules SET owner = '" + leaver + "' WHERE id = " + orphan.getId());

        assertEquals(0, fire(orphan.getNextRunAt().plusSeconds(5)), "neither runs in the name of its owner");
        for (ReportSchedule s : List.of(moved, orphan)) {
            assertEquals(0, firingsOf(s));
            assertEquals(0, number("SELECT COUNT(*) FROM report_schedules WHERE active AND id = " + s.getId()),
                    "paused");
            assertEquals(1, number("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'ReportSchedule'"
                    + " AND entity_id = " + s.getId() + " AND actor = 'scheduler' AND action = 'DEACTIVATE'"));
            assertEquals(1, number("SELECT COUNT(*) FROM notifications WHERE username = 'it-admin' AND text LIKE '%"
                    + s.getName() + "%paused%'"), "the administrators are told");
        }
        assertEquals(1, number("SELECT COUNT(*) FROM notifications WHERE username = 'it-admin' AND text LIKE '%"
                + orphan.getName() + "%" + leaver + " is deactivated%'"), "told why");
    }

    @Test
    void aFailedRunOfADeactivatedOwnerIsToldToTheAdministrators() throws Exception {
        String leaver = leaver();
        ReportSchedule s = create(daily("Failing, left " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV),
                List.of(), List.of(Fixtures.emailAddress("failing", "corp.example"))));
        // The owner leaves between the firing and the run's end: the firing is recorded in the leaver's name.
        sql("CREATE TRIGGER it_firing_owner_left BEFORE INSERT ON report_schedule_firings FOR EACH ROW"
                + " SET NEW.owner = '" + leaver + "'");
        sql("CREATE TRIGGER it_schedule_output_refused BEFORE INSERT ON report_outputs FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'it: report outputs refused'");
        assertEquals(1, fire(s.getNextRunAt().plusSeconds(5)));
        long runId = number("SELECT id FROM report_runs WHERE schedule_id = " + s.getId());
        assertEquals(ReportRunStatus.FAILED, book.waitUntilFinished(runId).getStatus());

        assertEquals(0, number("SELECT COUNT(*) FROM notifications WHERE username = '" + leaver + "'"));
        assertEquals(1, number("SELECT COUNT(*) FROM notifications WHERE username = 'it-admin' AND text LIKE '%"
                + s.getName() + "%failed%" + leaver + " is deactivated%'"));
        assertEquals(1, number("SELECT COUNT(*) FROM report_deliveries WHERE purpose = 'NOTICE' AND status = 'FAILED'"
                + " AND username = '" + leaver + "' AND error LIKE '%deactivated%administrators%'"),
                "the notice is recorded as not sent");
    }

    @Test
    void aScheduleThatCannotFireThreeTimesInARowIsPausedAndItsOwnerTold() throws Exception {
        ReportSchedule s = create(daily("Broken " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("broken", "corp.example"))));
        sql("CREATE TRIGGER it_firing_refused BEFORE INSERT ON report_schedule_firings FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'it: firings refused'");
        Instant due = s.getNextRunAt().plusSeconds(5);
        String active = "SELECT COUNT(*) FROM report_schedules WHERE active AND id = " + s.getId();
        for (int minute = 0; minute < 2; minute++) {
            assertEquals(0, fire(due.plus(minute, ChronoUnit.MINUTES)));
            assertEquals(1, number(active), "still tried after " + (minute + 1) + " failure(s)");
        }
        assertEquals(0, fire(due.plus(2, ChronoUnit.MINUTES)));
        assertEquals(0, number(active), "paused after the third failure in a row");
        assertEquals(0, fire(due.plus(3, ChronoUnit.MINUTES)), "not tried again");
        for (String told : List.of("it-finance", "it-admin")) {
            assertEquals(1, number("SELECT COUNT(*) FROM notifications WHERE username = '" + told + "' AND text LIKE"
                    + " '%" + s.getName() + "%paused%3 times in a row%'"), told);
        }
        sql("DROP TRIGGER it_firing_refused");
        ReportSchedule resumed = book.asFinance(() -> schedules.resume(s.getId()));
        assertEquals(1, fire(resumed.getNextRunAt().plusSeconds(5)), "fires again once resumed");
        assertEquals(0, number("SELECT failed_firings FROM report_schedules WHERE id = " + s.getId()));
    }

    /** A finance user who has left: deactivated. */
    private String leaver() throws Exception {
        String leaver = "it-leaver-" + Fixtures.unique();
        UserSummary left = asAdmin.call(() -> users.create(new NewUser(leaver, "IT leaver", leaver + "@crmir.test",
                Set.of(Role.FINANCE), TestUsers.PASSWORD)));
        asAdmin.call(() -> users.deactivate(left.id()));
        return leaver;
    }

    private MimeMessage noticeFor(ReportSchedule s) throws Exception {
        for (MimeMessage m : smtp.receivedFor(OWNER_MAIL)) {
            if (m.getSubject().contains(s.getName())) {
                return m;
            }
        }
        return null;
    }

    @Test
    void reportsGoOnlyToTheAllowedDomainsAndTheOwnerHearsWhenSomeoneElseChangesTheRecipients() throws Exception {
        System.setProperty(ReportMailDomains.PROPERTY, "corp.example, books.example");
        try {
            refused("addresses", daily("Outside", Set.of(ReportFormat.PDF), List.of(),
                    List.of("leak@mail.example")));
            String name = "Inside " + Fixtures.unique();
            ReportSchedule s = create(daily(name, EnumSet.of(ReportFormat.CSV), List.of(),
                    List.of(Fixtures.emailAddress("inside", "corp.example"))));
            String added = Fixtures.emailAddress("added", "books.example");
            ReportSchedule changed = asAdmin.call(() -> schedules.update(s.getId(), daily(name,
                    EnumSet.of(ReportFormat.CSV), List.of(), List.of(added)), s.getVersion()));
            String told = "SELECT COUNT(*) FROM notifications WHERE username = 'it-finance' AND text LIKE"
                    + " '%it-admin changed the recipients%" + name + "%" + added + "%'";
            assertEquals(1, number(told), "the owner hears who sent their report elsewhere");
            book.asFinance(() -> schedules.update(s.getId(), daily(name, EnumSet.of(ReportFormat.CSV), List.of(),
                    List.of(added, Fixtures.emailAddress("more", "corp.example"))), changed.getVersion()));
            assertEquals(0, number("SELECT COUNT(*) FROM notifications WHERE text LIKE '%it-finance changed the"
                    + " recipients%" + name + "%'"), "the owner's own change tells nobody");
        } finally {
            System.clearProperty(ReportMailDomains.PROPERTY);
        }
    }

    @Test
    void eachRefusalNamesItsFieldAndStoresNothing() throws Exception {
        long before = number("SELECT COUNT(*) FROM report_schedules");
        String ok = "ok@corp.example";
        refused("report", new ScheduleDraft("x", null, Set.of(ReportFormat.PDF), null, "CHF", null,
                Recurrence.Frequency.DAILY, null, null, LocalTime.NOON, "UTC", List.of(), List.of(ok)));
        refused("formats", daily("x", Set.of(), List.of(), List.of(ok)));
        refused("recipients", daily("x", Set.of(ReportFormat.PDF), List.of(), List.of()));
        refused("addresses", daily("x", Set.of(ReportFormat.PDF), List.of(), List.of("not an address")));
        refused("users", daily("x", Set.of(ReportFormat.PDF), List.of("nobody-" + Fixtures.unique()), List.of()));
        refused("name", daily("n".repeat(101), Set.of(ReportFormat.PDF), List.of(), List.of(ok)));
        refused("zone", new ScheduleDraft("x", FinanceReport.CREDIT_NOTES, Set.of(ReportFormat.PDF),
                RelativePeriod.LAST_MONTH, "CHF", null, Recurrence.Frequency.DAILY, null, null, LocalTime.NOON,
                "Mars/Olympus", List.of(), List.of(ok)));
        refused("period", new ScheduleDraft("x", FinanceReport.AGED_RECEIVABLES, Set.of(ReportFormat.PDF),
                RelativePeriod.LAST_MONTH, "CHF", null, Recurrence.Frequency.DAILY, null, null, LocalTime.NOON, "UTC",
                List.of(), List.of(ok)));
        refused("days", new ScheduleDraft("x", FinanceReport.AGED_RECEIVABLES, Set.of(ReportFormat.PDF), null, "CHF",
                null, Recurrence.Frequency.WEEKLY, Set.<DayOfWeek>of(), null, LocalTime.NOON, "UTC", List.of(),
                List.of(ok)));
        refused("clientId", new ScheduleDraft("x", FinanceReport.AGED_RECEIVABLES, Set.of(ReportFormat.PDF), null,
                "CHF", 999_999_999L, Recurrence.Frequency.DAILY, null, null, LocalTime.NOON, "UTC", List.of(),
                List.of(ok)));
        assertEquals(before, number("SELECT COUNT(*) FROM report_schedules"), "nothing stored");
    }

    private void refused(String field, ScheduleDraft draft) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> create(draft));
        assertTrue(refusal.getViolations().stream().anyMatch(v -> v.field().equals(field)),
                field + ": " + refusal.getViolations());
    }

    @Test
    void pausedSchedulesDoNotFireAndResumeFromNow() throws Exception {
        ReportSchedule s = create(daily("Paused " + Fixtures.unique(), EnumSet.of(ReportFormat.CSV), List.of(),
                List.of(Fixtures.emailAddress("paused", "corp.example"))));
        Instant slot = s.getNextRunAt();
        book.asFinance(() -> schedules.pause(s.getId()));
        fire(slot.plusSeconds(5));
        assertEquals(0, firingsOf(s));
        ReportSchedule resumed = book.asFinance(() -> schedules.resume(s.getId()));
        assertTrue(resumed.isActive() && resumed.getNextRunAt().isAfter(Instant.now()));
        book.asFinance(() -> {
            schedules.delete(s.getId());
            return null;
        });
        assertEquals(0, number("SELECT COUNT(*) FROM report_schedules WHERE id = " + s.getId()));
    }

    @Test
    void salesMayNotScheduleReports() {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> schedules.create(daily("x",
                Set.of(ReportFormat.PDF), List.of(), List.of("a@corp.example")), null)));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> schedules.count(new ScheduleFilter(null,
                null))));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> firings.fireDue(Instant.now())));
    }

    // --- the database, as a test sees it ---

    private long firingsOf(ReportSchedule s) throws Exception {
        return number("SELECT COUNT(*) FROM report_schedule_firings WHERE schedule_id = " + s.getId());
    }
}
