package org.crmir.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.Interaction;
import org.crmir.communication.RelatedDocument;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.MailServer;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders of the end date, the notice deadline and important dates reach the owner's mailbox (a real SMTP
 * server) through the communication pipeline, are recorded in the history against the contract, and are sent
 * once however often the run repeats.
 */
@ExtendWith(ArquillianExtension.class)
class ContractRemindersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @EJB
    ContractService contracts;

    @EJB
    ContractQueries contractQueries;

    @EJB
    ContractReminders reminders;

    @EJB
    UserService users;

    @EJB
    CommunicationService communication;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private final MailServer smtp = new MailServer();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String owner;
    private String ownerEmail;
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        owner = "owner-" + Fixtures.unique();
        ownerEmail = owner + "@crmir.test";
        asAdmin.call(() -> users.create(new NewUser(owner, "Contract Owner", ownerEmail, Set.of(Role.SALES),
                TestUsers.PASSWORD)));
        clientId = fixtures.client("Reminded Co");
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void theOwnerIsRemindedOnceOfTheEndTheNoticeDeadlineAndEachImportantDate() throws Exception {
        ContractDraft draft = new ContractDraft(clientId, "Maintenance", owner, today.minusMonths(1),
                today.plusDays(10), 5, false, null, 14, new BigDecimal("900.00"), null, null, null, null, null,
                List.of(), List.of(new MilestoneInput("Price review", today.plusDays(3)),
                        new MilestoneInput("Audit visit", today.plusDays(60))));
        long id = asSales.call(() -> contracts.createDraft(draft).getId());
        asSales.call(() -> contracts.activate(id));

        asAdmin.call(() -> reminders.run(today));
        asAdmin.call(() -> reminders.run(today));
        asAdmin.call(() -> reminders.run(today.plusDays(2)));

        List<MimeMessage> mail = Eventually.until(PATIENCE, () -> smtp.receivedFor(ownerEmail), m -> m.size() >= 3);
        Thread.sleep(1500); // anything sent twice would arrive meanwhile
        mail = smtp.receivedFor(ownerEmail);
        Set<String> subjects = mail.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
        assertEquals(3, mail.size(), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("ends on " + today.plusDays(10))), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("Notice deadline") && s.contains(
                today.plusDays(5).toString())), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("Reminder: Price review is due on "
                + today.plusDays(3))), subjects.toString());
        assertTrue(subjects.stream().noneMatch(s -> s.contains("Audit visit")), "60 days away is not due yet");

        List<SentReminder> recorded = asViewer.call(() -> contractQueries.remindersOf(id));
        assertEquals(3, recorded.size());
        for (SentReminder reminder : recorded) {
            assertNotNull(reminder.getInteractionId());
            Interaction email = Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.find(
                    reminder.getInteractionId())), i -> i.getStatus() == DeliveryStatus.SENT);
            assertEquals(RelatedDocument.CONTRACT, email.getRelatedType());
            assertEquals(id, email.getRelatedId());
            assertEquals(ownerEmail, email.getRecipient());
        }
    }

    @Test
    void aMissedDayIsCaughtUpButADatePastIsNotRemindedAnyMore() throws Exception {
        ContractDraft draft = new ContractDraft(clientId, "Hosting", owner, today.minusMonths(2), today.plusDays(40),
                0, true, 12, 7, new BigDecimal("100.00"), null, null, null, null, null, List.of(),
                List.of(new MilestoneInput("Go-live", today.plusDays(1))));
        long id = asSales.call(() -> contracts.createDraft(draft).getId());
        asSales.call(() -> contracts.activate(id));

        // the timer did not run on the day the go-live reminder fell due; the next run still sends it
        asAdmin.call(() -> reminders.run(today.plusDays(1)));
        // a run after the date has passed does not send it (again or late)
        asAdmin.call(() -> reminders.run(today.plusDays(2)));
        List<MimeMessage> mail = Eventually.until(PATIENCE, () -> smtp.receivedFor(ownerEmail), m -> m.size() >= 1);
        Thread.sleep(1500);
        assertEquals(1, smtp.receivedFor(ownerEmail).size());
        assertTrue(mail.get(0).getSubject().contains("Go-live"), mail.get(0).getSubject());

        // the end date reminder: a week ahead, and it says the contract renews
        asAdmin.call(() -> reminders.run(today.plusDays(33)));
        List<MimeMessage> later = Eventually.until(PATIENCE, () -> smtp.receivedFor(ownerEmail), m -> m.size() >= 2);
        assertTrue(later.stream().anyMatch(m -> {
            try {
                return m.getSubject().contains("renews on " + today.plusDays(41));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }));
    }
}
