package org.crmir.webhook;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: the first wait, then four times the one before (1 min, 4 min, 16 min,
 * about 1 h, 4 h, 17 h with the defaults), as long as the next attempt still falls within the window counted from
 * the event (24 h by default). Exponential so that a receiver that is down is not hammered, and bounded so that an
 * event is not delivered days late.
 */
public record RetrySchedule(Duration firstWait, Duration window) implements Serializable {

    static final int GROWTH = 4;

    public RetrySchedule {
        if (firstWait.isNegative() || firstWait.isZero() || window.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("first wait " + firstWait + " must be positive and within " + window);
        }
    }

    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(24));
    }

    /**
     * The wait after failed attempt {@code attempt} (1 for the first), or empty when the attempt after it would
     * fall outside the window: then the delivery gives up.
     */
    public Optional<Duration> waitAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        Duration elapsed = Duration.ZERO;
        Duration wait = firstWait;
        for (int k = 1; k < attempt; k++) {
            elapsed = elapsed.plus(wait);
            if (elapsed.compareTo(window) > 0) {
                return Optional.empty();
            }
            wait = wait.multipliedBy(GROWTH);
        }
        return elapsed.plus(wait).compareTo(window) > 0 ? Optional.empty() : Optional.of(wait);
    }
}
