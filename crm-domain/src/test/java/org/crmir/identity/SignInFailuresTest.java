package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anAccountIsLockedByItsTenthFailureForFifteenMinutes() {
        SignInFailures account = new SignInFailures(SignInFailures.Kind.ACCOUNT, "alice");
        for (int i = 1; i < 10; i++) {
            assertFalse(account.recordFailure(NOW.plusSeconds(i)), "failure " + i);
        }
        assertTrue(account.recordFailure(NOW.plusSeconds(10)));
        assertTrue(account.isLocked(NOW.plusSeconds(10).plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(NOW.plusSeconds(10).plus(Duration.ofMinutes(15))));
    }

    @Test
    void anAddressTakesMoreFailuresThanAnAccount() {
        SignInFailures address = new SignInFailures(SignInFailures.Kind.ADDRESS, "192.0.2.7");
        for (int i = 1; i < 30; i++) {
            assertFalse(address.recordFailure(NOW.plusSeconds(i)), "failure " + i);
        }
        assertTrue(address.recordFailure(NOW.plusSeconds(30)));
    }

    @Test
    void oldFailuresAndRunOutLocksStartTheCountAgain() {
        SignInFailures account = new SignInFailures(SignInFailures.Kind.ACCOUNT, "bob");
        for (int i = 0; i < 9; i++) {
            account.recordFailure(NOW);
        }
        assertFalse(account.recordFailure(NOW.plus(Duration.ofMinutes(16))));
        assertEquals(1, account.getFailures());
        for (int i = 0; i < 9; i++) {
            account.recordFailure(NOW.plus(Duration.ofMinutes(17)));
        }
        assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(17))));
        assertFalse(account.recordFailure(NOW.plus(Duration.ofMinutes(33))));
        assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(33))));
    }

    @Test
    void forgettingLiftsTheLock() {
        SignInFailures account = new SignInFailures(SignInFailures.Kind.ACCOUNT, "carol");
        for (int i = 0; i < 10; i++) {
            account.recordFailure(NOW);
        }
        account.forget();
        assertFalse(account.isLocked(NOW));
        assertEquals(0, account.getFailures());
    }

    @Test
    void answersSlowDownStepByStepUpToTwoSeconds() {
        assertEquals(Duration.ZERO, SignInFailures.slowDownAfter(2));
        assertEquals(Duration.ofMillis(250), SignInFailures.slowDownAfter(3));
        assertEquals(Duration.ofMillis(500), SignInFailures.slowDownAfter(4));
        assertEquals(Duration.ofSeconds(1), SignInFailures.slowDownAfter(5));
        assertEquals(Duration.ofSeconds(2), SignInFailures.slowDownAfter(6));
        assertEquals(Duration.ofSeconds(2), SignInFailures.slowDownAfter(1000));
    }
}
