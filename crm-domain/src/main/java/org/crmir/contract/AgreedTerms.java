package org.crmir.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.InvalidInputException.Violation;
import org.crmir.shared.Money;
import org.crmir.shared.Text;

/**
 * What the parties agree on in a draft, checked as a whole: every violation is reported at once, with its field.
 * The title is cleaned, the owner stripped and the terms sanitized ({@link RichText}).
 */
record AgreedTerms(String title, String owner, LocalDate start, LocalDate end, int noticeDays, boolean autoRenew,
        Integer renewalMonths, int reminderDays, Money value, String terms) {

    static final int MAX_NOTICE_DAYS = 3650;
    static final int MAX_RENEWAL_MONTHS = 120;

    static AgreedTerms check(String title, String owner, LocalDate start, LocalDate end, int notice,
            boolean renews, Integer renewalTerm, int reminder, BigDecimal amount, String terms, String currency) {
        List<Violation> wrong = new ArrayList<>();
        String cleanTitle = Text.clean(title);
        if (cleanTitle == null || cleanTitle.length() > 200) {
            wrong.add(new Violation("title", "is required, at most 200 characters"));
        }
        if (Text.clean(owner) == null) {
            wrong.add(new Violation("owner", "is required"));
        }
        checkDates(start, end, notice, wrong);
        if (renewalTerm != null && (renewalTerm < 1 || renewalTerm > MAX_RENEWAL_MONTHS)) {
            wrong.add(new Violation("renewalMonths", "must be between 1 and " + MAX_RENEWAL_MONTHS
                    + " months; a renewal term of " + renewalTerm + " renews nothing"));
        } else if (renews && renewalTerm == null) {
            wrong.add(new Violation("renewalMonths", "is required when the contract renews automatically"));
        }
        if (reminder < 0 || reminder > 365) {
            wrong.add(new Violation("reminderDays", "must be between 0 and 365"));
        }
        Money money = null;
        if (amount == null || amount.signum() < 0) {
            wrong.add(new Violation("value", "is required and cannot be negative"));
        } else {
            try {
                money = Money.of(amount, currency);
            } catch (InvalidInputException e) {
                wrong.add(new Violation("value", e.getViolations().get(0).message()));
            }
        }
        String safeTerms = RichText.sanitize(terms);
        if (safeTerms != null && safeTerms.length() > RichText.MAX_LENGTH) {
            wrong.add(new Violation("terms", "are longer than " + RichText.MAX_LENGTH + " characters"));
        }
        if (start != null && end != null && notice >= 0 && !end.isBefore(start)
                && end.minusDays(notice).isBefore(start.minusDays(1))) {
            wrong.add(new Violation("noticeDays", "the notice deadline " + end.minusDays(notice)
                    + " would fall before the contract starts"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return new AgreedTerms(cleanTitle, owner.strip(), start, end, notice, renews, renewalTerm, reminder, money,
                safeTerms);
    }

    /** The term and its notice period: both dates, in order, a notice period of at most 10 years. */
    private static void checkDates(LocalDate start, LocalDate end, int notice, List<Violation> wrong) {
        if (start == null) {
            wrong.add(new Violation("startDate", "is required"));
        }
        if (end == null) {
            wrong.add(new Violation("endDate", "is required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            wrong.add(new Violation("endDate", "is before the start date " + start
                    + "; a contract ends on or after the day it starts"));
        }
        if (notice < 0 || notice > MAX_NOTICE_DAYS) {
            wrong.add(new Violation("noticeDays", "must be between 0 and " + MAX_NOTICE_DAYS));
        }
    }
}
