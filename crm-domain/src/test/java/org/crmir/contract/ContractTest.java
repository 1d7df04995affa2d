package org.crmir.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static LineInput support() {
        return new LineInput(7L, "Support plan", BigDecimal.ONE, "month", new BigDecimal("100.00"),
                BigDecimal.ZERO, new BigDecimal("19"));
    }

    private static Contract draft(boolean renews) {
        Contract contract = new Contract(3L, "EUR", "sam", NOW);
        contract.define("Support 2026", "sam", START, END, 30, renews, renews ? 12 : null, 30,
                new BigDecimal("1200"), "<p>Terms</p>");
        contract.bill(BillingSchedule.MONTHLY, InvoiceMode.DRAFT, List.of(support()));
        return contract;
    }

    private static Contract active(boolean renews) {
        Contract contract = draft(renews);
        contract.checkActivatable(START);
        contract.activate("CT-2026-0001", NOW);
        return contract;
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithItsField() {
        Contract contract = new Contract(3L, "EUR", "sam", NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> contract.define("T", "sam", END,
                START, 0, false, null, 30, BigDecimal.TEN, null));
        assertEquals("endDate", e.getField());
        assertTrue(e.getMessage().contains("before the start date"), e.getMessage());
    }

    @Test
    void aRenewalTermOfZeroIsRefused() {
        Contract contract = new Contract(3L, "EUR", "sam", NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> contract.define("T", "sam", START,
                END, 0, true, 0, 30, BigDecimal.TEN, null));
        assertEquals("renewalMonths", e.getField());
        assertThrows(InvalidInputException.class, () -> contract.define("T", "sam", START, END, 0, true, null, 30,
                BigDecimal.TEN, null));
    }

    @Test
    void billingLinesInAnotherCurrencyAreRefused() {
        Contract contract = draft(false);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> contract.bill(BillingSchedule.MONTHLY, InvoiceMode.DRAFT, List.of(support()),
                        List.of("USD")));
        assertTrue(e.getMessage().contains("priced in USD but the contract is in EUR"), e.getMessage());
        assertEquals(1, contract.getLines().size());
    }

    @Test
    void anActiveContractsTermsCannotBeEditedButCanBeAmended() {
        Contract contract = active(false);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> contract.define("Other", "sam",
                START, END, 30, false, null, 30, BigDecimal.TEN, null));
        assertTrue(e.getMessage().contains("Amend it"), e.getMessage());
        Contract amendment = contract.amendment("sam", NOW);
        assertEquals(ContractStatus.DRAFT, amendment.getStatus());
        assertEquals(2, amendment.getRevision());
        assertEquals("CT-2026-0001", amendment.getNumber());
        amendment.define("Support 2026, more hours", "sam", START, END, 30, false, null, 30,
                new BigDecimal("1500"), null);
        assertEquals(Money.of("1500", "EUR"), amendment.getValue());
        assertEquals(Money.of("1200", "EUR"), contract.getValue());
    }

    @Test
    void anAutoRenewingContractRenewsOnItsEndDateIntoTheNextTerm() {
        Contract contract = active(true);
        assertFalse(contract.isDueForRenewal(END.minusDays(1)));
        assertTrue(contract.isDueForRenewal(END));
        Contract next = contract.renew("system", NOW);
        assertEquals(ContractStatus.RENEWED, contract.getStatus());
        assertEquals(ContractStatus.ACTIVE, next.getStatus());
        assertEquals(LocalDate.of(2027, 1, 1), next.getStartDate());
        assertEquals(LocalDate.of(2027, 12, 31), next.getEndDate());
        assertEquals("CT-2026-0001", next.getNumber());
        assertEquals(2, next.getRevision());
        assertEquals(START, next.getBillingAnchor());
        assertEquals(LocalDate.of(2027, 1, 1), next.getNextBillingDate());
        assertEquals(1, next.getLines().size());
        assertThrows(RuleViolationException.class, () -> contract.renew("system", NOW));
    }

    @Test
    void aContractWithoutRenewalExpiresTheDayAfterItsEnd() {
        Contract contract = active(false);
        assertFalse(contract.expireIfEnded(END));
        assertTrue(contract.expireIfEnded(END.plusDays(1)));
        assertEquals(ContractStatus.EXPIRED, contract.getStatus());
        assertThrows(RuleViolationException.class, () -> contract.terminate(END, "late"));
    }

    @Test
    void activationSchedulesBillingAndCatchUpListsEveryMissedPeriodOnce() {
        Contract contract = active(false);
        assertEquals(START, contract.getNextBillingDate());
        List<BillingPeriod> due = contract.duePeriods(LocalDate.of(2026, 3, 15));
        assertEquals(3, due.size());
        due.forEach(contract::billed);
        assertEquals(LocalDate.of(2026, 4, 1), contract.getNextBillingDate());
        assertTrue(contract.duePeriods(LocalDate.of(2026, 3, 31)).isEmpty());
        assertEquals(9, contract.duePeriods(LocalDate.of(2027, 6, 1)).size(), "never beyond the end date");
    }

    @Test
    void terminationStopsBillingAfterTheLastDay() {
        Contract contract = active(false);
        contract.duePeriods(LocalDate.of(2026, 1, 1)).forEach(contract::billed);
        contract.terminate(LocalDate.of(2026, 1, 20), "Client closed");
        assertNull(contract.getNextBillingDate());
        assertTrue(contract.duePeriods(LocalDate.of(2026, 6, 1)).isEmpty());
    }

    @Test
    void aContractThatEndedCannotBeActivated() {
        Contract contract = draft(false);
        assertThrows(InvalidInputException.class, () -> contract.checkActivatable(END.plusDays(1)));
    }

    @Test
    void theClientAcceptsOnceAndTheNameIsRecorded() {
        Contract contract = draft(false);
        contract.sent("t".repeat(43), NOW);
        assertThrows(InvalidInputException.class, () -> contract.acceptedByClient("  ", NOW));
        contract.acceptedByClient("Dana Client", NOW);
        assertEquals("Dana Client", contract.getAcceptedBy());
        assertEquals(NOW, contract.getAcceptedAt());
        assertThrows(RuleViolationException.class, () -> contract.acceptedByClient("Other", NOW));
    }

    @Test
    void richTermsKeepFormattingButLoseScriptsAndAttributes() {
        assertEquals("<p><strong>Pay</strong> on time</p>",
                RichText.sanitize("<p><strong class=\"x\">Pay</strong> on time</p>"));
        String cleaned = RichText.sanitize("<p onclick=\"alert(1)\">a</p><script>alert(1)</script><a href=x>l</a>");
        assertEquals("<p>a</p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=x&gt;l&lt;/a&gt;", cleaned);
        assertEquals("1 &lt; 2 &amp; 3", RichText.sanitize("1 < 2 & 3"));
        // what the editor sends is HTML-encoded: shown as typed, never double-escaped, never unescaped into tags
        assertEquals("<p>Tom &amp; Jerry</p>", RichText.sanitize("<p>Tom &amp; Jerry</p>"));
        assertEquals("<p>&lt;script&gt;x</p>", RichText.sanitize("<p>&lt;script&gt;x</p>"));
        assertEquals("<p>&amp;lt;</p>", RichText.sanitize("<p>&amp;lt;</p>"));
        assertNull(RichText.sanitize("  "));
    }

    @Test
    void remindersAreDueFromTheReminderDaysBeforeEachDateUntilTheDateItself() {
        Contract contract = active(true);
        contract.addMilestone(new MilestoneInput("Price review", LocalDate.of(2026, 6, 30)));
        // 30 reminder days: end 31 Dec, notice deadline 1 Dec
        assertTrue(contract.remindersDue(LocalDate.of(2026, 10, 31)).isEmpty());
        List<DueReminder> november = contract.remindersDue(LocalDate.of(2026, 11, 1));
        assertEquals(List.of("NOTICE:2026-12-01"), november.stream().map(DueReminder::key).toList());
        List<DueReminder> december = contract.remindersDue(LocalDate.of(2026, 12, 2));
        assertEquals(List.of("END:2026-12-31"), december.stream().map(DueReminder::key).toList());
        assertTrue(december.get(0).subject().contains("renews on 2027-01-01"), december.get(0).subject());
        assertEquals(1, contract.remindersDue(LocalDate.of(2026, 6, 30)).size());
        assertTrue(contract.remindersDue(LocalDate.of(2026, 7, 1)).isEmpty(), "a date past is not reminded");
    }
}
