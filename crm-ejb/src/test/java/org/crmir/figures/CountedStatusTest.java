package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.communication.DeliveryStatus;
import org.junit.jupiter.api.Test;

/**
 * A status move that an interaction summary counts alike ({@link Summary#countedAs}) reads none of it
 * ({@link Figures#changingStatus}); the summaries' SQL must count exactly so, or a skipped move would leave a row
 * under a status its rows no longer have.
 */
class CountedStatusTest {

    @Test
    void aMessageBeingSentCountsAsQueuedAndEveryOtherStatusAsItself() {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            String expected = status == DeliveryStatus.SENDING ? "QUEUED" : status.name();
            assertEquals(expected, InteractionsSummary.countedStatus(status.name()), status.name());
        }
    }

    @Test
    void theSummariesSqlMapsEveryStatusAsTheRuleDoes() {
        Matcher when = Pattern.compile("WHEN '(\\w+)' THEN '(\\w+)'").matcher(InteractionsSummary.COUNTED_STATUS);
        int mapped = 0;
        while (when.find()) {
            assertEquals(InteractionsSummary.countedStatus(when.group(1)), when.group(2), when.group());
            mapped++;
        }
        long moved = java.util.Arrays.stream(DeliveryStatus.values())
                .filter(s -> !InteractionsSummary.countedStatus(s.name()).equals(s.name())).count();
        assertEquals(moved, mapped, "every status the rule moves, and none else, is moved in SQL");
        assertTrue(InteractionsSummary.COUNTED_STATUS.endsWith("ELSE src.status END"));
    }

    @Test
    void theStatusSummariesDeclareTheRuleAndTheWeeksCountEveryStatusAlike() {
        for (Summary summary : new Summary[] {new InteractionsSummary(), new InteractionMonthsSummary()}) {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                assertEquals(InteractionsSummary.countedStatus(status.name()), summary.countedAs(status.name()));
            }
            assertFalse(summary.tellsApart("QUEUED", "SENDING"), summary.table());
            assertTrue(summary.tellsApart("SENDING", "SENT"), summary.table());
        }
        Summary weeks = new InteractionWeeksSummary();
        assertFalse(weeks.select("src.id = ?").contains("status"), "the weeks read no status");
        for (DeliveryStatus from : DeliveryStatus.values()) {
            for (DeliveryStatus to : DeliveryStatus.values()) {
                assertFalse(weeks.tellsApart(from.name(), to.name()), from + " to " + to);
            }
        }
    }

    @Test
    void bothStatusSummariesCountTheSameWay() {
        for (Summary summary : new Summary[] {new InteractionsSummary(), new InteractionMonthsSummary()}) {
            assertTrue(summary.select("src.id = ?").contains(InteractionsSummary.COUNTED_STATUS), summary.table());
        }
    }
}
