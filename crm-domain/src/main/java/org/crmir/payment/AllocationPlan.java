package org.crmir.payment;

import org.crmir.shared.Money;

/** One part of a payment going to one invoice. */
public record AllocationPlan(long invoiceId, Money amount) {
}
