package org.crmir.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    private final BusinessClock clock = new BusinessClock();
    private final Instant past = Instant.parse("2025-03-14T09:30:00Z");

    @Test
    void isTheSystemClockUnlessAStepSetsIt() {
        Instant before = Instant.now();
        assertFalse(clock.isReplaying());
        assertTrue(!clock.now().isBefore(before) && !clock.now().isAfter(Instant.now()));
    }

    @Test
    void aStepSeesItsMomentAndTheClockComesBackAfterwards() {
        assertEquals(LocalDate.of(2025, 3, 14), clock.at(past, clock::today));
        assertEquals(past, clock.at(past, clock::now));
        assertTrue(clock.at(past, clock::isReplaying));
        assertFalse(clock.isReplaying());
    }

    @Test
    void anInnerStepRestoresTheOuterOne() {
        Instant earlier = past.minus(Duration.ofDays(30));
        Instant seenAfterInner = clock.at(past, () -> {
            clock.at(earlier, () -> assertEquals(earlier, clock.now()));
            return clock.now();
        });
        assertEquals(past, seenAfterInner);
    }

    @Test
    void aFailingStepLeavesNoReplayBehind() {
        assertThrows(IllegalStateException.class, () -> clock.at(past, (Runnable) () -> {
            throw new IllegalStateException("refused");
        }));
        assertFalse(clock.isReplaying());
    }

    @Test
    void otherThreadsKeepTheSystemClock() throws Exception {
        boolean otherReplays = clock.at(past, () -> CompletableFuture.supplyAsync(clock::isReplaying).join());
        assertFalse(otherReplays);
    }

    @Test
    void theFutureCannotBeReplayed() {
        assertThrows(IllegalArgumentException.class, () -> clock.at(Instant.now().plusSeconds(60), () -> 1));
    }
}
