package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMS through a faithful fake of Africa's Talking on loopback: queued, sent with the gateway's id, retried while
 * the gateway faults, refused for good for a number it rejects; the gateway's delivery reports (posted to the
 * callback URL with its secret) move it to delivered or failed, once.
 */
@ExtendWith(ArquillianExtension.class)
class SmsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @EJB
    SmsService sms;

    @EJB
    CommunicationService communication;

    @EJB
    AsSales asSales;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    @EJB
    org.crmir.support.AsAdmin asAdmin;

    @EJB
    org.crmir.support.AsFinance asFinance;

    @EJB
    org.crmir.client.ClientService clients;

    @EJB
    org.crmir.settings.SettingsService settings;

    @EJB
    org.crmir.payment.PaymentService payments;

    private FakeAfricasTalking gateway;
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        gateway = new FakeAfricasTalking();
        clientId = fixtures.client("Sms Co");
    }

    @AfterEach
    void tearDown() {
        gateway.close();
    }

    private Interaction waitFor(long id, DeliveryStatus status) throws Exception {
        return Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.find(id)),
                i -> i.getStatus() == status);
    }

    private long send(String to, String text) throws Exception {
        return asSales.call(() -> sms.send(new SmsService.NewSms(clientId, null, to, text, null, null))).getId();
    }

    private static String phone() {
        return "+2547" + String.format("%08d", (long) (Math.random() * 100_000_000));
    }

    @Test
    void anSmsIsSentWithTheGatewaysIdAndItsDeliveryReportMarksItDelivered() throws Exception {
        String to = phone();
        long id = send(to.substring(0, 4) + " " + to.substring(4, 7) + " " + to.substring(7), "Your invoice is due.");
        Interaction sent = waitFor(id, DeliveryStatus.SENT);
        List<FakeAfricasTalking.Sent> taken = gateway.sentTo(to);
        assertEquals(1, taken.size(), "sent once, to the number in international form");
        assertEquals("Your invoice is due.", taken.get(0).message());
        assertEquals(taken.get(0).messageId(), sent.getGatewayMessageId());
        assertEquals(Channel.SMS, sent.getChannel());

        String secret = FakeAfricasTalking.CALLBACK_SECRET;
        assertEquals(200, FakeAfricasTalking.report(Http.base(), secret, taken.get(0).messageId(), "Buffered", null));
        assertEquals(DeliveryStatus.SENT, asViewer.call(() -> communication.find(id)).getStatus(), "still on its way");
        assertEquals(200, FakeAfricasTalking.report(Http.base(), secret, taken.get(0).messageId(), "Success", null));
        waitFor(id, DeliveryStatus.DELIVERED);
        assertEquals(200, FakeAfricasTalking.report(Http.base(), secret, taken.get(0).messageId(), "Failed",
                "UserIsInactive"), "a late contrary report is acknowledged");
        assertEquals(DeliveryStatus.DELIVERED, asViewer.call(() -> communication.find(id)).getStatus());
        assertEquals(404, FakeAfricasTalking.report(Http.base(), "wrong", taken.get(0).messageId(), "Failed", null));
        assertEquals(200, FakeAfricasTalking.report(Http.base(), secret, "ATXid_unknown", "Success", null));
    }

    @Test
    void aFailedDeliveryReportMarksItFailedWithTheNetworksReason() throws Exception {
        String to = phone();
        long id = send(to, "Reminder");
        waitFor(id, DeliveryStatus.SENT);
        FakeAfricasTalking.report(Http.base(), FakeAfricasTalking.CALLBACK_SECRET,
                gateway.sentTo(to).get(0).messageId(), "Failed", "AbsentSubscriber");
        Interaction failed = waitFor(id, DeliveryStatus.FAILED);
        assertEquals("Failed: AbsentSubscriber", failed.getErrorText());
    }

    @Test
    void whileTheGatewayFaultsTheSmsIsRetriedAndSentOnce() throws Exception {
        gateway.failNext(2);
        String to = phone();
        long id = send(to, "Retried");
        Interaction sent = waitFor(id, DeliveryStatus.SENT);
        assertEquals(3, sent.getAttempts());
        assertEquals(1, gateway.sentTo(to).size());
    }

    @Test
    void aNumberTheGatewayRejectsFailsAtOnceAndBadInputIsRefusedBeforeAnythingIsQueued() throws Exception {
        long id = send("+999123456789", "Short number");
        Interaction failed = waitFor(id, DeliveryStatus.FAILED);
        assertTrue(failed.getErrorText().contains("InvalidPhoneNumber"), failed.getErrorText());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> send("0712 345 678", " "));
        assertEquals(List.of("to", "text"), refused.getViolations().stream().map(v -> v.field()).toList());
        assertThrows(InvalidInputException.class, () -> send(phone(), "x".repeat(SmsRules.MAX_TEXT + 1)));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> sms.send(new SmsService.NewSms(clientId,
                null, phone(), "No", null, null))));
    }

    @Test
    void withReceiptsBySmsOnAPaymentsReceiptIsTextedToThePrimaryContactOnce() throws Exception {
        String to = phone();
        asSales.call(() -> clients.addContact(clientId, new org.crmir.client.Contact("Pat Payer", null, null, to)));
        asAdmin.call(() -> settings.textReceipts(settings.current().getVersion(), true));
        try {
            asFinance.call(() -> payments.record(clientId, org.crmir.shared.Money.of("45.00", "EUR"),
                    org.crmir.payment.PaymentMethod.BANK_TRANSFER, "SMS-" + Fixtures.unique(),
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC), false));
            List<FakeAfricasTalking.Sent> texted = Eventually.until(PATIENCE, () -> gateway.sentTo(to),
                    sent -> !sent.isEmpty());
            assertTrue(texted.get(0).message().startsWith("Receipt ")
                    && texted.get(0).message().contains("45.00 EUR received"), texted.get(0).message());
            Thread.sleep(1500);
            assertEquals(1, gateway.sentTo(to).size(), "once");
        } finally {
            asAdmin.call(() -> settings.textReceipts(settings.current().getVersion(), false));
        }
    }

    @Test
    void aFailedSmsRetriedGoesBackToTheGatewayNotToMail() throws Exception {
        long id = send("+999123456789", "Wrong number");
        waitFor(id, DeliveryStatus.FAILED);
        asSales.call(() -> communication.retry(id));
        Interaction again = waitFor(id, DeliveryStatus.FAILED);
        assertNotNull(again.getErrorText());
        assertTrue(again.getAttempts() >= 2, "tried at the gateway again");
    }
}
