package org.crmir.push.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmir.push.web.PushCoalescer.Decision;
import org.junit.jupiter.api.Test;

class PushCoalescerTest {

    private static final long GAP = 250;

    @Test
    void aLoneChangeIsPushedAtOnceAndPlansNothing() {
        PushCoalescer pace = new PushCoalescer(GAP);
        assertEquals(Decision.PUSH_NOW, pace.changed(1_000));
        assertFalse(pace.due(1_250), "no trailing push was planned");
    }

    @Test
    void changesFurtherApartThanTheGapAreEachPushedAtOnce() {
        PushCoalescer pace = new PushCoalescer(GAP);
        assertEquals(Decision.PUSH_NOW, pace.changed(0));
        assertEquals(Decision.PUSH_NOW, pace.changed(250));
        assertEquals(Decision.PUSH_NOW, pace.changed(900));
    }

    @Test
    void aChangeWithinTheGapIsPushedAtTheGapsEndAndLaterOnesRideAlong() {
        PushCoalescer pace = new PushCoalescer(GAP);
        assertEquals(Decision.PUSH_NOW, pace.changed(0));
        assertEquals(Decision.PLAN_TRAILING_PUSH, pace.changed(40));
        assertEquals(210, pace.trailingDelay(40));
        assertEquals(Decision.CARRIED_BY_PLANNED_PUSH, pace.changed(100));
        assertEquals(Decision.CARRIED_BY_PLANNED_PUSH, pace.changed(249));
        assertTrue(pace.due(250));
        assertFalse(pace.due(251), "one planned push goes out once");
        assertEquals(Decision.PLAN_TRAILING_PUSH, pace.changed(260), "the trailing push starts a new gap");
        assertEquals(240, pace.trailingDelay(260));
    }

    @Test
    void fiftyChangesASecondRedrawFourTimesASecondAndEndOnTheLastChange() {
        List<Long> pushes = simulate(LongStream.range(0, 50).map(i -> i * 20).toArray(), new long[] {0});
        assertEquals(List.of(0L, 250L, 500L, 750L, 1_000L), pushes);
    }

    @Test
    void theGapMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PushCoalescer(0));
    }

    /**
     * Whatever the changes' times and however late the scheduler runs a planned push (up to {@code lateness}):
     * pushes are at least the gap apart, one comes at or after the last change, and none later than the gap plus
     * the lateness after it.
     */
    @Property(tries = 500)
    void pushesAreSpacedFollowTheLastChangeAndComeSoonAfterIt(@ForAll("changeTimes") long[] changes,
            @ForAll @IntRange(min = 0, max = 60) int lateness, @ForAll long seed) {
        Random random = new Random(seed);
        long[] delays = LongStream.range(0, changes.length).map(i -> random.nextInt(lateness + 1)).toArray();
        List<Long> pushes = simulate(changes, delays);

        for (int i = 1; i < pushes.size(); i++) {
            assertTrue(pushes.get(i) - pushes.get(i - 1) >= GAP, "pushes closer than the gap: " + pushes);
        }
        long lastChange = changes[changes.length - 1];
        long lastPush = pushes.get(pushes.size() - 1);
        assertTrue(lastPush >= lastChange, "no push after the last change at " + lastChange + ": " + pushes);
        assertTrue(lastPush <= lastChange + GAP + lateness, "the last push came too late: " + pushes);
        assertEquals(changes[0], (long) pushes.get(0), "the first change is pushed at once");
    }

    @Provide
    Arbitrary<long[]> changeTimes() {
        // bursts and quiet spells: steps of 0 (simultaneous commits) up to well over the gap
        return Arbitraries.longs().between(0, 700).array(long[].class).ofMinSize(1).ofMaxSize(200)
                .map(steps -> {
                    long[] times = new long[steps.length];
                    long t = 0;
                    for (int i = 0; i < steps.length; i++) {
                        t += steps[i];
                        times[i] = t;
                    }
                    return times;
                });
    }

    /**
     * Plays changes at the given times through a coalescer with a scheduler that runs a planned push the given
     * delay late (the k-th plan takes the k-th delay, cycling), and returns the times pushes went out.
     */
    private static List<Long> simulate(long[] changes, long[] lateness) {
        PushCoalescer pace = new PushCoalescer(GAP);
        List<Long> pushes = new ArrayList<>();
        Long plannedAt = null;
        int plans = 0;
        for (long change : changes) {
            if (plannedAt != null && plannedAt <= change) {
                assertTrue(pace.due(plannedAt));
                pushes.add(plannedAt);
                plannedAt = null;
            }
            switch (pace.changed(change)) {
                case PUSH_NOW -> pushes.add(change);
                case PLAN_TRAILING_PUSH -> plannedAt = change + pace.trailingDelay(change)
                        + lateness[plans++ % lateness.length];
                case CARRIED_BY_PLANNED_PUSH -> assertTrue(plannedAt != null, "carried by no planned push");
            }
        }
        if (plannedAt != null) {
            assertTrue(pace.due(plannedAt));
            pushes.add(plannedAt);
        }
        return pushes;
    }
}
