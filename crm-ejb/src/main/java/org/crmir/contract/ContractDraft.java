package org.crmir.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the editor or the API sends for a draft. Null numbers take defaults (no notice, a 30-day reminder, no
 * renewal); a null owner is the caller. Lines with a product id take the catalog's price, currency and tax unless
 * a price is given.
 */
public record ContractDraft(Long clientId, String title, String owner, LocalDate startDate, LocalDate endDate,
        Integer noticeDays, Boolean autoRenew, Integer renewalMonths, Integer reminderDays, BigDecimal value,
        String terms, String signatory, LocalDate signedOn, BillingSchedule billingSchedule, InvoiceMode invoiceMode,
        List<BillingLineInput> lines, List<MilestoneInput> milestones) {

    public ContractDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
