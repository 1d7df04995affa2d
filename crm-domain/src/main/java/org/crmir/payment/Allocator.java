package org.crmir.payment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmir.shared.Money;

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
}
