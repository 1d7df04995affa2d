package org.crmir.payment;

import java.io.Serializable;
import org.crmir.shared.Money;

/** A part of one allocation to take back from its invoice. */
public record AllocationRelease(Allocation allocation, Money amount) implements Serializable {
}
