package org.crmir.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Test
    void whatPeopleTypeIsReadAndStoredPlainly() {
        ReminderSchedule schedule = ReminderSchedule.parse("days", " 7, 21;45 ");
        assertEquals(List.of(7, 21, 45), schedule.daysAfterDue());
        assertEquals("7,21,45", schedule.stored());
        assertEquals(schedule, ReminderSchedule.parse("days", schedule.stored()));
        assertEquals("7, 21 and 45 days after the due date", schedule.describe());
        assertEquals("1 day after the due date", ReminderSchedule.parse("days", "1").describe());
        assertTrue(ReminderSchedule.parse("days", "  ").isOff());
        assertEquals("no reminders", ReminderSchedule.none().describe());
    }

    @Test
    void daysThatCannotBeAScheduleAreRefusedNamingTheField() {
        for (String bad : List.of("7, x", "0", "366", "21, 7", "7, 7", "1,2,3,4,5,6", "-3", "7.5", "9".repeat(101))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> ReminderSchedule.parse("reminderDays", bad), bad);
            assertEquals("reminderDays", refused.getField());
        }
    }

    @Test
    void theLatestDayThatHasComeIsDueOnceAndAnInvoiceFoundLateGetsOneReminder() {
        ReminderSchedule schedule = ReminderSchedule.parse("days", "7, 21, 45");
        assertEquals(0, schedule.reminderDue(DUE, DUE.plusDays(6), 0), "not yet");
        assertEquals(1, schedule.reminderDue(DUE, DUE.plusDays(7), 0));
        assertEquals(0, schedule.reminderDue(DUE, DUE.plusDays(8), 1), "sent already");
        assertEquals(2, schedule.reminderDue(DUE, DUE.plusDays(21), 1));
        assertEquals(3, schedule.reminderDue(DUE, DUE.plusDays(400), 0), "found late: the last one only");
        assertTrue(schedule.isLast(3));
        assertEquals(0, schedule.reminderDue(DUE, DUE.plusDays(400), 3));
        assertEquals(DUE, schedule.firstReminderDueOnOrBefore(DUE.plusDays(7)));
    }
}
