package org.crmir.push.web;

/**
 * When to push a channel that changes in bursts, so that pages redraw a few times a second at most and never miss
 * the last change. The first change after a quiet spell ({@code gap} since the last push) is pushed at once; a
 * change within the gap plans one trailing push at the end of the gap, which carries every change until it goes
 * out. So pushes are at least {@code gap} apart, one push always follows the last change, and none comes later
 * than {@code gap} after it (plus the scheduler's lateness).
 *
 * <p>Times are in any monotonic unit the caller chooses (nanoseconds of {@link System#nanoTime()} in the bridge);
 * the class keeps no clock and starts no thread, the caller pushes and schedules as told. Thread-safe.
 */
final class PushCoalescer {

    /** What to do about one change. */
    enum Decision {
        /** Push now: the channel was quiet. */
        PUSH_NOW,
        /** Plan the trailing push after {@link #trailingDelay(long)}; call {@link #due(long)} when it comes. */
        PLAN_TRAILING_PUSH,
        /** Nothing: the trailing push already planned carries this change too. */
        CARRIED_BY_PLANNED_PUSH
    }

    private final long gap;
    private boolean pushedBefore;
    private long lastPush;
    private boolean trailingPlanned;

    PushCoalescer(long gap) {
        if (gap <= 0) {
            throw new IllegalArgumentException("the gap between pushes must be positive: " + gap);
        }
        this.gap = gap;
    }

    /** A change was committed at {@code now}. A push now is counted as sent at {@code now}. */
    synchronized Decision changed(long now) {
        if (trailingPlanned) {
            return Decision.CARRIED_BY_PLANNED_PUSH;
        }
        if (!pushedBefore || now - lastPush >= gap) {
            pushed(now);
            return Decision.PUSH_NOW;
        }
        trailingPlanned = true;
        return Decision.PLAN_TRAILING_PUSH;
    }

    /** How long after {@code now} the planned trailing push is due: the end of the gap after the last push. */
    synchronized long trailingDelay(long now) {
        return Math.max(0, lastPush + gap - now);
    }

    /**
     * The planned trailing push is due at {@code now}: true when the caller pushes (counted as sent at
     * {@code now}); false if nothing was planned (a stray call).
     */
    synchronized boolean due(long now) {
        if (!trailingPlanned) {
            return false;
        }
        trailingPlanned = false;
        pushed(now);
        return true;
    }

    private void pushed(long now) {
        pushedBefore = true;
        lastPush = now;
    }
}
