package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.crmir.payment.GatewayEventStatus;
import org.junit.jupiter.api.Test;

/**
 * The intake stores a received event, and the processor records a processed one, without reading the figures
 * ({@link GatewayEventsSummary#countedAs}): that holds only while the summary's SQL counts exactly the statuses the
 * rule says, trouble, and a received or processed event in none.
 */
class GatewayEventsCountTest {

    @Test
    void onlyFailedAndRejectedEventsCount() {
        Set<String> counted = new TreeSet<>();
        for (GatewayEventStatus status : GatewayEventStatus.values()) {
            if (new GatewayEventsSummary().countedAs(status.name()) != null) {
                counted.add(status.name());
            }
        }
        assertEquals(Set.of("FAILED", "REJECTED"), counted);
    }

    @Test
    void receivingOrProcessingAnEventMovesNoFigureAndEndingInTroubleDoes() {
        Summary summary = new GatewayEventsSummary();
        assertFalse(summary.tellsApart("RECEIVED", "PROCESSED"));
        assertTrue(summary.tellsApart("RECEIVED", "FAILED"));
        assertTrue(summary.tellsApart("FAILED", "REJECTED"));
    }

    @Test
    void theSummaryReadsTheStatusesThatCountAndNoOther() {
        String select = new GatewayEventsSummary().select("src.id IN (?)");
        assertTrue(select.contains("src.status IN ('FAILED', 'REJECTED')"), select);
    }
}
