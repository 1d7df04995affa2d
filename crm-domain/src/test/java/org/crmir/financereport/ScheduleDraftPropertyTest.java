package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.crmir.financereport.Recurrence.Frequency;
import org.crmir.shared.InvalidInputException;

/**
 * Over many names, addresses and firing moments: a draft is stored as checked or refused naming the field, never
 * cut short; however late the timer comes, a firing takes one slot and plans the next after the moment it fires.
 */
class ScheduleDraftPropertyTest {

    private static ScheduleDraft named(String name, List<String> addresses) {
        return new ScheduleDraft(name, FinanceReport.OPEN_QUOTES, Set.of(ReportFormat.CSV), null, "EUR", null,
                Frequency.DAILY, null, null, LocalTime.of(7, 0), "Europe/Zurich", List.of(), addresses);
    }

    @Property(tries = 300)
    void aNameIsKeptWholeOrRefusedNamingTheName(@ForAll @StringLength(max = 140) String name) {
        try {
            ScheduleDraft.Checked checked = named(name, List.of("a@corp.example")).checked();
            assertEquals(name.strip(), checked.name());
            assertTrue(checked.name().length() <= ScheduleDraft.NAME_MAX);
        } catch (InvalidInputException refused) {
            assertEquals("name", refused.getViolations().get(0).field());
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab@.-_ ,;<>\"x1").ofMinLength(0).ofMaxLength(30);
    }

    @Property(tries = 300)
    void anAddressIsKeptAsALowerCaseAddressOrRefusedNamingTheAddresses(@ForAll("texts") String address) {
        try {
            List<ScheduleRecipient> kept = named("x", List.of(address)).checked().recipients();
            assertEquals(1, kept.size());
            String value = kept.get(0).getValue();
            assertEquals(address.strip().toLowerCase(java.util.Locale.ROOT), value);
            assertTrue(value.matches("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+"), value);
        } catch (InvalidInputException refused) {
            assertTrue(refused.getViolations().stream().allMatch(v -> v.field().equals("addresses")
                    || v.field().equals("recipients")), refused.getViolations().toString());
        }
    }

    @Property(tries = 300)
    void howeverLateTheTimerComesAFiringTakesTheLatestSlotAndPlansAfterTheMoment(
            @ForAll("lateness") long lateSeconds) {
        ReportSchedule schedule = new ReportSchedule(new ScheduleDraft("Daily", FinanceReport.CREDIT_NOTES,
                EnumSet.of(ReportFormat.CSV), RelativePeriod.YESTERDAY, "EUR", null, Frequency.WEEKLY,
                Set.of(java.time.DayOfWeek.TUESDAY), null, LocalTime.of(7, 0), "America/New_York", List.of(),
                List.of("a@corp.example")).checked(), "daniel", Instant.parse("2026-01-01T00:00:00Z"));
        Instant due = schedule.getNextRunAt();
        Instant now = due.plusSeconds(lateSeconds);
        Instant slot = schedule.fire(now);
        assertTrue(!slot.isBefore(due) && !slot.isAfter(now), "a slot come by now, not before the one due");
        assertTrue(schedule.getNextRunAt().isAfter(now));
        assertEquals(schedule.getNextRunAt(), schedule.recurrence().nextAfter(slot), "the latest slot missed");
        assertTrue(!schedule.isDue(now), "nothing more is due at the moment it fired");
    }

    @Provide
    Arbitrary<Long> lateness() {
        return Arbitraries.longs().between(0, 400L * 24 * 3600);
    }
}
