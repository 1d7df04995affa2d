package org.crmir.payment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.DocumentLine;
import org.crmir.shared.Money;

/**
 * What the payer sees behind an invoice's pay link: the invoice as printed (its lines and totals), no ids, no
 * internal notes. {@code cardAvailable} says whether card payment is configured; {@code lastCardFailure} is why the
 * newest card attempt failed, if it did; {@code bankTransfer} is how to pay by transfer. Its getters match a
 * stored document's, so the page shows the lines with the same fragment as the staff pages.
 */
public record PublicInvoice(String companyName, String number, String clientName, LocalDate issueDate,
        LocalDate dueDate, InvoiceStatus status, Money total, Money credited, Money paid, Money amountDue,
        boolean cardAvailable, String lastCardFailure, List<? extends DocumentLine> lines, Money subtotal,
        Money discountTotal, Money taxTotal, BankTransfer bankTransfer) implements Serializable {

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
    public List<? extends DocumentLine> getLines() { return lines; }
    public Money getSubtotal() { return subtotal; }
    public Money getDiscountTotal() { return discountTotal; }
    public Money getTaxTotal() { return taxTotal; }
    public String getCurrency() { return total.currency(); }
    public int getCurrencyDigits() { return Money.digitsOf(total.currency()); }
    public BankTransfer getBankTransfer() { return bankTransfer; }

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
