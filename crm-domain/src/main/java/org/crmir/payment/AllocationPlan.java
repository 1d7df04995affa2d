package org.crmir.payment;

import java.io.Serializable;
import org.crmir.shared.Money;

/** One part of a payment going to one invoice. */
public record AllocationPlan(long invoiceId, Money amount) implements Serializable {
}
