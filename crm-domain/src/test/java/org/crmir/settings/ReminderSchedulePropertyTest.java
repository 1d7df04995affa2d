package org.crmir.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any schedule, any run of daily checks: each reminder goes out at most once, in order, never before its day. */
class ReminderSchedulePropertyTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 15);

    @Provide
    Arbitrary<List<Integer>> schedules() {
        return Arbitraries.integers().between(1, ReminderSchedule.MAX_DAYS).set().ofMinSize(1)
                .ofMaxSize(ReminderSchedule.MAX_REMINDERS).map(days -> List.copyOf(new TreeSet<>(days)));
    }

    @Property
    void checkedEveryFewDaysEachReminderGoesOutOnceInOrderAndNeverEarly(@ForAll("schedules") List<Integer> days,
            @ForAll @IntRange(min = 1, max = 40) int everyDays, @ForAll @IntRange(min = -30, max = 30) int start) {
        ReminderSchedule schedule = new ReminderSchedule(days);
        assertEquals(schedule, ReminderSchedule.parse("days", schedule.stored()), "stored and read back");
        int sent = 0;
        for (LocalDate today = DUE.plusDays(start); !today.isAfter(DUE.plusDays(500)); today = today.plusDays(everyDays)) {
            int due = schedule.reminderDue(DUE, today, sent);
            if (due > 0) {
                assertTrue(due > sent, "later than the last one sent");
                assertTrue(!DUE.plusDays(days.get(due - 1)).isAfter(today), "its day has come");
                sent = due;
            }
            assertTrue(sent <= days.size());
        }
        assertEquals(days.size(), sent, "the last reminder has gone out by the end");
    }

    @Property
    void checkedDailyEveryReminderGoesOutOnItsOwnDay(@ForAll("schedules") List<Integer> days) {
        ReminderSchedule schedule = new ReminderSchedule(days);
        int sent = 0;
        for (int day = 0; day <= ReminderSchedule.MAX_DAYS + 1; day++) {
            int due = schedule.reminderDue(DUE, DUE.plusDays(day), sent);
            if (due > 0) {
                assertEquals(sent + 1, due, "one after another");
                assertEquals(days.get(due - 1), day, "on its own day");
                sent = due;
            }
        }
        assertEquals(days.size(), sent);
    }
}
