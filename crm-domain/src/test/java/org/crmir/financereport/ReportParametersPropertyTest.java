package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.crmir.shared.InvalidInputException;

/**
 * Over many periods and reports: a period is accepted exactly when it starts on or before its end and spans at
 * most {@link ReportParameters#MAX_DAYS} days; what is accepted is stored and read back unchanged.
 */
class ReportParametersPropertyTest {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(0, 2_000_000).map(n -> LocalDate.of(1900, 1, 1).plusDays(n))
                .filter(d -> d.getYear() <= 9990);
    }

    @Provide
    Arbitrary<FinanceReport> periodReports() {
        return Arbitraries.of(FinanceReport.values()).filter(FinanceReport::hasPeriod);
    }

    @Property
    void aPeriodIsAcceptedExactlyWhenOrderedAndNotTooLong(@ForAll("days") LocalDate from,
            @ForAll @LongRange(min = -2000, max = 2000) long span, @ForAll("periodReports") FinanceReport report) {
        LocalDate to = from.plusDays(span);
        ReportParameters asked = new ReportParameters(from, to, "EUR", null);
        boolean fine = !to.isBefore(from) && ChronoUnit.DAYS.between(from, to) + 1 <= ReportParameters.MAX_DAYS;
        if (fine) {
            assertEquals(asked, asked.checkedFor(report));
        } else {
            assertEquals("to", assertThrows(InvalidInputException.class, () -> asked.checkedFor(report)).getField());
        }
    }

    @Property
    void acceptedParametersReadBackUnchanged(@ForAll("days") LocalDate from,
            @ForAll @LongRange(min = 0, max = ReportParameters.MAX_DAYS - 1) long span,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long clientId,
            @ForAll("periodReports") FinanceReport report) {
        ReportParameters checked = new ReportParameters(from, from.plusDays(span), "jpy", clientId)
                .checkedFor(report);
        assertEquals(checked, ReportParameters.parse(checked.text()));
    }
}
