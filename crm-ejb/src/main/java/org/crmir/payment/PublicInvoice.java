package org.crmir.payment;

import java.time.LocalDate;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.Money;

/**
 * What the payer sees behind an invoice's pay link: no ids, no lines' internals, no notes. {@code cardAvailable}
 * says whether card payment is configured; {@code lastCardFailure} is why the newest card attempt failed, if it
 * did.
 */
public record PublicInvoice(String companyName, String number, String clientName, LocalDate issueDate,
        LocalDate dueDate, InvoiceStatus status, Money total, Money credited, Money paid, Money amountDue,
        boolean cardAvailable, String lastCardFailure) {

    public String getCompanyName() { return companyName; }
    public String getNumber() { return number; }
    public String getClientName() { return clientName; }
    public LocalDate getIssueDate() { return issueDate; }
    public LocalDate getDueDate() { return dueDate; }
    public InvoiceStatus getStatus() { return status; }
    public Money getTotal() { return total; }
    public Money getCredited() { return credited; }
    public Money getPaid() { return paid; }
    public Money getAmountDue() { return amountDue; }
    public boolean isCardAvailable() { return cardAvailable; }
    public String getLastCardFailure() { return lastCardFailure; }

    /** The status in words: "Issued", "Partially paid", "Overdue", "Paid", "Void". */
    public String getStatusLabel() {
        String words = status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Money is still expected: the ways to pay are offered. */
    public boolean isPayable() {
        return status.isOpen() && amountDue.isGreaterThan(Money.zero(amountDue.currency()));
    }

    public boolean isPaidInFull() {
        return status == InvoiceStatus.PAID;
    }
}
