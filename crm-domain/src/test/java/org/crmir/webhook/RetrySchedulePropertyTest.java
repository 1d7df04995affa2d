package org.crmir.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Example;
import net.jqwik.api.constraints.LongRange;

class RetrySchedulePropertyTest {

    @Example
    void theStandardScheduleTriesSevenTimesWithinADay() {
        List<Duration> waits = waits(RetrySchedule.standard());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofMinutes(16),
                Duration.ofMinutes(64), Duration.ofMinutes(256), Duration.ofMinutes(1024)), waits);
    }

    @Property
    void waitsGrowFourfoldAndAllFallWithinTheWindow(@ForAll @LongRange(min = 1, max = 3_600) long firstSeconds,
            @ForAll @LongRange(min = 1, max = 1_000) long windowFactor) {
        Duration first = Duration.ofSeconds(firstSeconds);
        RetrySchedule schedule = new RetrySchedule(first, first.multipliedBy(windowFactor));
        List<Duration> waits = waits(schedule);
        assertEquals(first, waits.get(0), "the first wait is the configured one");
        for (int k = 1; k < waits.size(); k++) {
            assertEquals(waits.get(k - 1).multipliedBy(4), waits.get(k));
        }
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(schedule.window()) <= 0, "every retry within the window: " + total);
        Duration next = waits.get(waits.size() - 1).multipliedBy(4);
        assertTrue(total.plus(next).compareTo(schedule.window()) > 0, "gives up only when the next would not fit");
    }

    private static List<Duration> waits(RetrySchedule schedule) {
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt < 100; attempt++) {
            Optional<Duration> wait = schedule.waitAfter(attempt);
            if (wait.isEmpty()) {
                break;
            }
            waits.add(wait.get());
        }
        return waits;
    }
}
