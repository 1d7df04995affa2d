package org.crmir.contract.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmir.contract.BillingSchedule;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractStatus;
import org.crmir.contract.InvoiceMode;
import org.crmir.contract.MilestoneInput;
import org.crmir.shared.LineInput;
import org.crmir.shared.LineItem;

/**
 * A contract in JSON. On write only clientId (create), title, owner, the dates and periods, value, terms,
 * signatory, signedOn, billingSchedule, invoiceMode, lines, milestones and version count; the rest is computed.
 */
public record ContractRepresentation(Long id, String number, Integer revision, Long previousId, Long clientId,
        String title, String owner, ContractStatus status, LocalDate startDate, LocalDate endDate,
        Integer noticeDays, LocalDate noticeDeadline, Boolean autoRenew, Integer renewalMonths, Integer reminderDays,
        BigDecimal value, String currency, String terms, String signatory, LocalDate signedOn,
        BillingSchedule billingSchedule, InvoiceMode invoiceMode, LocalDate nextBillingDate,
        List<Line> lines, List<Milestone> milestones, String publicLink, String acceptedBy, Instant acceptedAt,
        LocalDate endedOn, String endReason, Long version) {

    /** A recurring billing line; with a productId, omitted price, currency and tax come from the catalog. */
    public record Line(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            String currency, BigDecimal discountPercent, BigDecimal taxRate) {

        LineInput toInput() {
            return new LineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRate);
        }

        static Line of(LineItem item, Contract c) {
            return new Line(item.getProductId(), item.getDescription(), item.getQuantity(), item.getUnit(),
                    item.getUnitPrice().setScale(c.getCurrencyDigits()), c.getCurrency(), item.getDiscountPercent(),
                    item.getTaxRate());
        }
    }

    /** An important date. */
    public record Milestone(Long id, String label, LocalDate dueDate) {

        MilestoneInput toInput() {
            return new MilestoneInput(label, dueDate);
        }
    }

    static ContractRepresentation of(Contract c, String publicBase) {
        return new ContractRepresentation(c.getId(), c.getNumber(), c.getRevision(), c.getPreviousId(),
                c.getClientId(), c.getTitle(), c.getOwner(), c.getStatus(), c.getStartDate(), c.getEndDate(),
                c.getNoticeDays(), c.getNoticeDeadline(), c.isAutoRenew(), c.getRenewalMonths(), c.getReminderDays(),
                c.getValue().amount(), c.getCurrency(), c.getTerms(), c.getSignatory(), c.getSignedOn(),
                c.getBillingSchedule(), c.getInvoiceMode(), c.getNextBillingDate(),
                c.getLines().stream().map(l -> Line.of(l.getItem(), c)).toList(),
                c.getMilestones().stream().map(m -> new Milestone(m.getId(), m.getLabel(), m.getDueDate())).toList(),
                c.getPublicToken() == null || publicBase == null ? null : publicBase + c.getPublicToken(), c.getAcceptedBy(),
                c.getAcceptedAt(), c.getEndedOn(), c.getEndReason(), c.getVersion());
    }

    ContractDraft toDraft() {
        return new ContractDraft(clientId, title, owner, startDate, endDate, noticeDays, autoRenew, renewalMonths,
                reminderDays, value, terms, signatory, signedOn, billingSchedule, invoiceMode,
                lines == null ? List.of() : lines.stream().map(l -> org.crmir.shared.api.Bodies.required(l)
                        .toInput()).toList(),
                lines == null ? List.of() : lines.stream().map(Line::currency).toList(),
                milestones == null ? List.of() : milestones.stream().map(m -> org.crmir.shared.api.Bodies
                        .required(m).toInput()).toList());
    }
}
