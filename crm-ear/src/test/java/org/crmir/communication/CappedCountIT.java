package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsSales;
import org.crmir.support.Fixtures;
import org.crmir.support.TestDatabase;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list's count is exact up to 10,000 and "more than 10,000" (10,001) past it, in one statement built from the
 * list's own query (org.crmir.shared.CappedCount): its parameters of every kind (enums, instants, a text prefix,
 * the owner's username in a subquery) bound as the list binds them. The rows are written with SQL.
 */
@ExtendWith(ArquillianExtension.class)
class CappedCountIT {

    private static final int CAP = PageRequest.COUNT_CAP;

    @EJB
    CommunicationService communication;

    @EJB
    AsSales asSales;

    @EJB
    Fixtures fixtures;

    @BeforeEach
    void users() throws Exception {
        fixtures.usersExist();
    }

    @Test
    void aListIsCountedExactlyUpToTenThousandAndAsMoreThanTenThousandPastIt() throws Exception {
        long client = fixtures.client("Capped count"); // owned by it-sales
        try {
            countsOf(client);
        } finally { // no summary counts these rows: gone again before another test checks the figures
            TestDatabase.sql("DELETE FROM interactions WHERE client_id = " + client);
        }
    }

    private void countsOf(long client) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        interactions(client, CAP, "EMAIL", "noreply@capped.example", now.minus(2, ChronoUnit.DAYS));
        HistoryFilter mineOutgoingMail = new HistoryFilter("noreply@", null, Channel.EMAIL, DeliveryStatus.SENT,
                now.minus(3, ChronoUnit.DAYS), now, Direction.OUTBOUND, ClientOwner.ME);

        assertEquals(CAP, count(client, mineOutgoingMail));

        interactions(client, 1, "EMAIL", "noreply@capped.example", now.minus(1, ChronoUnit.DAYS));
        assertEquals(CAP + 1, count(client, mineOutgoingMail), "one more: more than 10,000");
        assertEquals(CAP, count(client, new HistoryFilter("noreply@", null, Channel.EMAIL, DeliveryStatus.SENT,
                now.minus(3, ChronoUnit.DAYS), now.minus(36, ChronoUnit.HOURS), Direction.OUTBOUND,
                ClientOwner.ME)), "the window leaves the last one out");

        interactions(client, 3, "SMS", "+4930555", now.minus(1, ChronoUnit.DAYS));
        assertEquals(3, count(client, new HistoryFilter(null, null, Channel.SMS, null, null, null)));
        assertEquals(0, count(client, new HistoryFilter("noreply@", null, Channel.SMS, null, null, null)));
        assertEquals(CAP + 1, count(client, null), "the whole timeline: past the cap");
    }

    private long count(long client, HistoryFilter filter) throws Exception {
        return asSales.call(() -> communication.count(client, filter));
    }

    private static void interactions(long client, int howMany, String channel, String sender, Instant at)
            throws Exception {
        TestDatabase.sql("INSERT INTO interactions (client_id, channel, direction, sender, recipient, subject, body,"
                + " occurred_at, status, attempts, author) SELECT " + client + ", '" + channel + "', 'OUTBOUND', '"
                + sender + "', 'client@capped.example', CONCAT('Note ', seq), 'Capped', TIMESTAMP('"
                + at.toString().replace("T", " ").replace("Z", "") + "'), 'SENT', 1, 'it-sales' FROM seq_1_to_"
                + howMany);
    }
}
