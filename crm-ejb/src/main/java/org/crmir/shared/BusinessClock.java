package org.crmir.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The date and time the services do business at: the date of an invoice, a payment or a contract's activation,
 * and the time stamped on what they create. Normally the system clock, in UTC.
 * <p>
 * A loader of past events sets it, for the calling thread only and for the duration of one step, with
 * {@link #at(Instant, Supplier)}: the demo history ({@code org.crmir.demo}) replays two years through the real
 * services this way, and imports of historical data (issue 17) are to use it the same way. While it is set the
 * services record history rather than act on the world: an email is stored as sent at that time and never handed
 * to the mail server ({@link #isReplaying()}). Local EJB calls run on the caller's thread, so the services the
 * step calls see the time; message-driven beans and timers run on threads of their own and always see the system
 * clock. Audit events keep the system clock on purpose: they say when a row was really written.
 */
@ApplicationScoped
public class BusinessClock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    /** The current instant: the one being replayed on this thread, else the system's. */
    public Instant now() {
        Instant replayed = REPLAYED.get();
        return replayed == null ? Instant.now() : replayed;
    }

    /** Today in UTC, as {@link #now()} sees it. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /** True while a past instant is set on this thread: what happens now is history being written down. */
    public boolean isReplaying() {
        return REPLAYED.get() != null;
    }

    /**
     * Runs {@code step} on this thread with the clock at {@code when} (which must not be in the future), and
     * restores what was set before, even when the step fails.
     */
    public <T> T at(Instant when, Supplier<T> step) {
        if (when == null || when.isAfter(Instant.now())) {
            throw new IllegalArgumentException("The business clock replays the past only, not " + when);
        }
        Instant before = REPLAYED.get();
        REPLAYED.set(when);
        try {
            return step.get();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    /** As {@link #at(Instant, Supplier)}, for a step that returns nothing. */
    public void at(Instant when, Runnable step) {
        at(when, () -> {
            step.run();
            return null;
        });
    }
}
