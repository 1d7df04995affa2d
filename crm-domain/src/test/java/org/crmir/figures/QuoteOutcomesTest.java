package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class QuoteOutcomesTest {

    @Test
    void convertedQuotesAreWonAndExpiredOnesLost() {
        QuoteOutcomes outcomes = new QuoteOutcomes(2, 1, 1, 2, 12);
        assertEquals(3, outcomes.won());
        assertEquals(6, outcomes.decided());
        assertEquals(new BigDecimal("50.0"), outcomes.winRatePercent());
        assertEquals(new BigDecimal("4.0"), outcomes.averageDaysToAccept());
    }

    @Test
    void nothingDecidedHasNoRateRatherThanZero() {
        QuoteOutcomes none = new QuoteOutcomes(0, 0, 0, 0, 0);
        assertNull(none.winRatePercent());
        assertNull(none.averageDaysToAccept());
        assertNull(new QuoteOutcomes(0, 0, 3, 0, 0).averageDaysToAccept());
        assertEquals(new BigDecimal("0.0"), new QuoteOutcomes(0, 0, 3, 0, 0).winRatePercent());
        assertEquals(new BigDecimal("66.7"), QuoteOutcomes.percent(2, 3));
        assertThrows(IllegalArgumentException.class, () -> new QuoteOutcomes(-1, 0, 0, 0, 0));
    }

    @Property
    void theWinRateIsAPercentOfTheDecided(@ForAll @LongRange(max = 1000) long accepted,
            @ForAll @LongRange(max = 1000) long converted, @ForAll @LongRange(max = 1000) long declined,
            @ForAll @LongRange(max = 1000) long expired) {
        QuoteOutcomes outcomes = new QuoteOutcomes(accepted, converted, declined, expired, 0);
        if (outcomes.decided() == 0) {
            assertNull(outcomes.winRatePercent());
            return;
        }
        BigDecimal rate = outcomes.winRatePercent();
        assertTrue(rate.signum() >= 0 && rate.compareTo(new BigDecimal("100")) <= 0, rate.toString());
        // within half a tenth of the exact ratio
        double exact = 100.0 * outcomes.won() / outcomes.decided();
        assertTrue(Math.abs(rate.doubleValue() - exact) <= 0.05 + 1e-9, rate + " vs " + exact);
    }

    @Property
    void eachStageOfTheFunnelHoldsTheNextAndSumsItsStatuses(@ForAll @LongRange(max = 500) long draft,
            @ForAll @LongRange(max = 500) long sent, @ForAll @LongRange(max = 500) long accepted,
            @ForAll @LongRange(max = 500) long declined, @ForAll @LongRange(max = 500) long expired,
            @ForAll @LongRange(max = 500) long converted) {
        QuoteFunnel funnel = new QuoteFunnel(draft, sent, accepted, declined, expired, converted);
        QuoteStage[] stages = QuoteStage.values();
        for (int i = 0; i < stages.length; i++) {
            long sum = 0;
            for (String status : QuoteFunnel.STATUSES) {
                sum += funnel.of(stages[i], status);
            }
            assertEquals(funnel.of(stages[i]), sum, stages[i] + " is the sum of its segments");
            if (i > 0) {
                assertTrue(funnel.of(stages[i]) <= funnel.of(stages[i - 1]), stages[i] + " within " + stages[i - 1]);
            }
        }
        assertEquals(draft + sent + accepted + declined + expired + converted, funnel.of(QuoteStage.CREATED));
        assertEquals(converted, funnel.of(QuoteStage.CONVERTED));
    }
}
