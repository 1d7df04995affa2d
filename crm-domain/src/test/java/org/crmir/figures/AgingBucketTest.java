package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AgingBucketTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theEdgesOfEachBucketAreWhereFinanceExpectsThem() {
        assertEquals(AgingBucket.CURRENT, AgingBucket.of(TODAY, TODAY));
        assertEquals(AgingBucket.DAYS_1_30, AgingBucket.of(TODAY.minusDays(1), TODAY));
        assertEquals(AgingBucket.DAYS_1_30, AgingBucket.of(TODAY.minusDays(30), TODAY));
        assertEquals(AgingBucket.DAYS_31_60, AgingBucket.of(TODAY.minusDays(31), TODAY));
        assertEquals(AgingBucket.DAYS_61_90, AgingBucket.of(TODAY.minusDays(90), TODAY));
        assertEquals(AgingBucket.OVER_90, AgingBucket.of(TODAY.minusDays(91), TODAY));
        assertNull(AgingBucket.CURRENT.dueTo(TODAY));
        assertEquals(TODAY, AgingBucket.CURRENT.dueFrom(TODAY));
        assertNull(AgingBucket.OVER_90.dueFrom(TODAY));
        assertEquals(TODAY.minusDays(91), AgingBucket.OVER_90.dueTo(TODAY));
        assertFalse(AgingBucket.CURRENT.overdue());
        assertTrue(AgingBucket.OVER_90.overdue());
    }

    /** The due-date range a figure links to holds exactly the invoices the figure counted. */
    @Property
    void everyDueDateIsInsideTheRangeOfItsOwnBucketOnly(@ForAll @IntRange(min = -400, max = 4000) int daysLate) {
        LocalDate due = TODAY.minusDays(daysLate);
        for (AgingBucket bucket : AgingBucket.values()) {
            boolean inRange = (bucket.dueFrom(TODAY) == null || !due.isBefore(bucket.dueFrom(TODAY)))
                    && (bucket.dueTo(TODAY) == null || !due.isAfter(bucket.dueTo(TODAY)));
            assertEquals(bucket == AgingBucket.of(due, TODAY), inRange, bucket + " for " + daysLate + " days late");
        }
    }
}
