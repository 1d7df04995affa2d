package org.crmir.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.crmir.shared.BusinessClock;

/**
 * The demo's history as steps in time order, each run with the business clock at its moment, so that every
 * service it calls dates what it makes then. Steps may plan later steps while they run (a payment for the invoice
 * a contract just billed). Steps of the load day that would lie in the future happen at the load's start instead.
 */
final class Timeline {

    private record Step(Instant at, long order, String what, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private final LocalDate today;
    private final Instant latest;
    private long order;
    private Instant running = Instant.MIN;
    /** Milliseconds and count per kind of step (its description up to " for "), to say where a load's time goes. */
    private final Map<String, long[]> spent = new TreeMap<>();

    Timeline(LocalDate today, Instant latest) {
        this.today = today;
        this.latest = latest;
    }

    LocalDate today() {
        return today;
    }

    /** Plans {@code action} on {@code day} at the hour and minute; days after the load day are dropped. */
    void at(LocalDate day, int hour, int minute, String what, Runnable action) {
        if (day.isAfter(today)) {
            return;
        }
        Instant at = day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
        if (at.isAfter(latest)) {
            at = latest;
        }
        if (at.isBefore(running)) {
            throw new IllegalStateException("Step '" + what + "' at " + at + " was planned in the past of " + running);
        }
        steps.add(new Step(at, order++, what, action));
    }

    /** Runs every step in time order; a failing step stops the load and says which step it was. */
    int run(BusinessClock clock) {
        int ran = 0;
        while (!steps.isEmpty()) {
            Step step = steps.poll();
            running = step.at();
            long started = System.nanoTime();
            try {
                clock.at(step.at(), step.action());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo step '" + step.what() + "' at " + step.at() + " failed: " + e, e);
            }
            long[] kind = spent.computeIfAbsent(step.what().split(" for | with | to ")[0], k -> new long[2]);
            kind[0] += (System.nanoTime() - started) / 1_000_000;
            kind[1]++;
            ran++;
        }
        return ran;
    }

    /** Where the time went: "payment: 5,123 ms for 250 steps; ...", the slowest kinds first. */
    String spending() {
        return spent.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> e.getKey() + ": " + e.getValue()[0] + " ms for " + e.getValue()[1])
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
