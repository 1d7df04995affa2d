package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.InboundMailbox;
import org.crmir.communication.InboundMessage;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.demo.DemoClients.DemoClient;

/**
 * What was said between the clients and their account owners: calls, meetings, notes, SMS and emails in both
 * directions over the whole history, more in the last week, written down through the communication service (the
 * outbound emails are recorded as sent at the time, see {@link org.crmir.shared.BusinessClock}).
 */
@ApplicationScoped
public class ConversationStory {

    private record Topic(Channel channel, Direction direction, String subject, String body) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(Channel.CALL, Direction.OUTBOUND, "Check-in call", "Talked through the next quarter's plans;"
                    + " they expect to add a second site."),
            new Topic(Channel.CALL, Direction.INBOUND, "Question about the last invoice", "Asked which purchase"
                    + " order the invoice belongs to; sent the reference by email."),
            new Topic(Channel.CALL, Direction.OUTBOUND, "Follow-up on the quotation", "They are comparing two"
                    + " offers and will decide by the end of the month."),
            new Topic(Channel.MEETING, Direction.OUTBOUND, "Quarterly business review", "Reviewed service levels"
                    + " and open tickets; agreed to schedule training for new staff."),
            new Topic(Channel.MEETING, Direction.INBOUND, "Site visit", "Walked the warehouse with the facilities"
                    + " manager; measured for twelve sensors."),
            new Topic(Channel.NOTE, Direction.OUTBOUND, "New purchasing contact", "Purchasing moves to the"
                    + " accounts payable team from next month."),
            new Topic(Channel.NOTE, Direction.OUTBOUND, "Prefers payment by card", "Wants invoices split per"
                    + " department from now on."),
            new Topic(Channel.EMAIL, Direction.INBOUND, "Delivery address change", "Please deliver the next order"
                    + " to our new warehouse."),
            new Topic(Channel.EMAIL, Direction.INBOUND, "Remittance advice", "Payment sent today; please find the"
                    + " remittance advice attached."),
            new Topic(Channel.SMS, Direction.OUTBOUND, "Visit reminder", "Reminder: our technician visits"
                    + " tomorrow at 10:00."),
            new Topic(Channel.SMS, Direction.INBOUND, "Running late", "Running 15 minutes late for our meeting."));

    @EJB
    CommunicationService communication;

    @Inject
    DemoActors actors;

    @EJB
    InboundMailbox mailbox;

    /** Plans each client's conversations, and an outbound email now and then. */
    void plan(Timeline timeline, List<DemoClient> clients, Random random) {
        LocalDate today = timeline.today();
        int n = 0;
        for (DemoClient client : clients) {
            int count = client.company() ? 8 + random.nextInt(10) : 2 + random.nextInt(4);
            long from = client.since().toEpochDay();
            long span = Math.max(1, today.toEpochDay() - from);
            for (int i = 0; i < count; i++) {
                planOne(timeline, client, LocalDate.ofEpochDay(from + (long) (random.nextDouble() * span)), random);
            }
            if (n % 3 == 0) { // this week's activity on the dashboard
                planOne(timeline, client, today.minusDays(random.nextInt(6)), random);
            }
            if (client.company() && n % 4 == 1) {
                LocalDate day = LocalDate.ofEpochDay(from + (long) (random.nextDouble() * span));
                OutgoingEmail review = new OutgoingEmail(client.id(), null, client.email(), "Your account review",
                        "Hello,\n\nthank you for the meeting last week. As agreed, here is the summary of the open"
                        + " items and the next steps.\n\nKind regards", List.of(), null, null);
                timeline.at(SalesStory.weekday(day), 15, random.nextInt(60), "email to " + client.name(),
                        () -> actors.as(client.owner(), () -> communication.sendEmail(review)));
            }
            n++;
        }
        // A mail to CRMir's mailbox from someone it does not know, waiting under Communications → Unfiled mail.
        LocalDate yesterday = SalesStory.weekday(today.minusDays(1));
        timeline.at(yesterday, 9, 12, "unfiled mail", () -> mailbox.take(new InboundMessage(
                "<demo-unfiled-1@crmir.demo>", null, "j.okafor@lagos-logistics.example", "inbox@crmir.demo",
                "Request for a quotation", "Good morning,\n\nwe are looking for a supplier of temperature sensors for"
                + " three warehouses. Could you send us a quotation?\n\nJoseph Okafor\nLagos Logistics",
                "text/plain", "", "")));
    }

    private void planOne(Timeline timeline, DemoClient client, LocalDate day, Random random) {
        Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
        int hour = 8 + random.nextInt(9);
        int minute = random.nextInt(60);
        String owner = client.owner();
        boolean inbound = topic.direction() == Direction.INBOUND;
        LocalDate weekday = SalesStory.weekday(day);
        timeline.at(weekday, hour, minute, topic.channel() + " with " + client.name(),
                () -> actors.as(owner, () -> communication.record(client.id(), new NewInteraction(topic.channel(),
                        topic.direction(), inbound ? client.name() : owner, inbound ? owner : client.name(),
                        topic.subject(), topic.body(), null, null, null, null)))); // null: when the step happens
    }
}
