package org.crmir.support;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits, a bounded time, for something that happens asynchronously (a JMS delivery, a push). */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Duration limit, Callable<T> probe, java.util.function.Predicate<T> done)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        T value = probe.call();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not there after " + limit.toSeconds() + " s: " + value);
            }
            Thread.sleep(100);
            value = probe.call();
        }
        return value;
    }
}
