package org.crmir.payment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;

/** How money available from a payment is spread over open invoices when the user does not split it by hand. */
public final class Allocator {

    private Allocator() {
    }

    /**
     * Oldest due date first (then lowest id), each invoice up to its balance, until the money runs out. Invoices
     * in another currency are never touched. What is left over stays on the payment as client credit.
     */
    public static List<AllocationPlan> oldestDueFirst(Money available, List<OpenInvoice> open) {
        List<OpenInvoice> ordered = new ArrayList<>(open);
        ordered.sort(Comparator.comparing(OpenInvoice::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(OpenInvoice::invoiceId));
        List<AllocationPlan> plan = new ArrayList<>();
        Money left = available;
        for (OpenInvoice invoice : ordered) {
            if (left.isZero() || left.isNegative()) {
                break;
            }
            if (!invoice.balance().currency().equals(available.currency()) || !invoice.balance().isGreaterThan(
                    Money.zero(available.currency()))) {
                continue;
            }
            Money part = invoice.balance().isGreaterThan(left) ? left : invoice.balance();
            plan.add(new AllocationPlan(invoice.invoiceId(), part));
            left = left.minus(part);
        }
        return plan;
    }

    /**
     * Which allocations give back {@code needed} when money must leave the invoices (a refund beyond the client's
     * credit): the allocations in the order given (newest first, as the caller passes them), each as far as it
     * goes, until {@code needed} is covered. Throws when the allocations hold less than that.
     */
    public static List<AllocationRelease> releaseInOrder(Money needed, List<Allocation> active) {
        List<AllocationRelease> plan = new ArrayList<>();
        Money left = needed;
        for (Allocation allocation : active) {
            if (left.isZero() || left.isNegative()) {
                break;
            }
            if (allocation.isReversed()) {
                continue;
            }
            Money held = Money.of(allocation.getAmount(), needed.currency());
            Money part = held.isGreaterThan(left) ? left : held;
            plan.add(new AllocationRelease(allocation, part));
            left = left.minus(part);
        }
        if (left.isGreaterThan(Money.zero(needed.currency()))) {
            throw new RuleViolationException("The payment's allocations hold " + needed.minus(left) + ", less than the "
                    + needed + " to release");
        }
        return plan;
    }
}
