package org.crmir.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crmir.shared.LineInput;

/**
 * What the editor or the API sends for a draft. Null numbers take defaults (no notice, a 30-day reminder, no
 * renewal); a null owner is the caller. Lines with a product id take the catalog's price, currency and tax unless
 * a price is given. {@code lineCurrencies}, when given, says for each line the currency its price is in (the API
 * sends it); a currency other than the contract's is refused.
 */
public record ContractDraft(Long clientId, String title, String owner, LocalDate startDate, LocalDate endDate,
        Integer noticeDays, Boolean autoRenew, Integer renewalMonths, Integer reminderDays, BigDecimal value,
        String terms, String signatory, LocalDate signedOn, BillingSchedule billingSchedule, InvoiceMode invoiceMode,
        List<LineInput> lines, List<String> lineCurrencies, List<MilestoneInput> milestones) implements Serializable {

    public ContractDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        // a currency may be null (the contract's), which List.copyOf refuses
        lineCurrencies = lineCurrencies == null ? List.of() : Collections.unmodifiableList(
                new ArrayList<>(lineCurrencies));
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A draft whose free lines are priced in the contract's currency. */
    public ContractDraft(Long clientId, String title, String owner, LocalDate startDate, LocalDate endDate,
            Integer noticeDays, Boolean autoRenew, Integer renewalMonths, Integer reminderDays, BigDecimal value,
            String terms, String signatory, LocalDate signedOn, BillingSchedule billingSchedule,
            InvoiceMode invoiceMode, List<LineInput> lines, List<MilestoneInput> milestones) {
        this(clientId, title, owner, startDate, endDate, noticeDays, autoRenew, renewalMonths, reminderDays, value,
                terms, signatory, signedOn, billingSchedule, invoiceMode, lines, null, milestones);
    }
}
