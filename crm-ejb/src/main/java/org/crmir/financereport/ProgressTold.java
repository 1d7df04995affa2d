package org.crmir.financereport;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rows read, told to {@code sink} at most once per {@code everyNanos}, best effort: progress is for the page,
 * so a failure to tell it (the database busy, a lock wait) is logged and the rendering goes on.
 */
final class ProgressTold implements LongConsumer {

    private static final Logger LOG = Logger.getLogger(ProgressTold.class.getName());

    private final LongConsumer sink;
    private final long everyNanos;
    private final LongSupplier nanoTime;
    private long lastTold;

    ProgressTold(LongConsumer sink, long everyNanos) {
        this(sink, everyNanos, System::nanoTime);
    }

    ProgressTold(LongConsumer sink, long everyNanos, LongSupplier nanoTime) {
        this.sink = sink;
        this.everyNanos = everyNanos;
        this.nanoTime = nanoTime;
        this.lastTold = nanoTime.getAsLong();
    }

    @Override
    public void accept(long rows) {
        long now = nanoTime.getAsLong();
        if (now - lastTold < everyNanos) {
            return;
        }
        lastTold = now;
        try {
            sink.accept(rows);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The rows read so far (" + rows + ") were not recorded; the rendering goes on", e);
        }
    }
}
