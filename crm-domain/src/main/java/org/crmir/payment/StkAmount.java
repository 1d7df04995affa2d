package org.crmir.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;

/**
 * What an STK Push asks for: M-Pesa moves whole shillings only. The amount due is rounded DOWN to the shilling,
 * so the payer is never asked for more than is due; the cents left over stay on the invoice as its balance
 * (KES 1,000.50 due → KES 1,000 requested, KES 0.50 still due). Less than one shilling due cannot be pushed.
 */
public final class StkAmount {

    public static final String KES = "KES";

    private StkAmount() {
    }

    /** The whole-shilling amount to request for what is due, in KES at its usual scale (1000.00). */
    public static Money forDue(Money due) {
        if (!KES.equals(due.currency())) {
            throw new RuleViolationException("M-Pesa collects Kenya shillings only; this invoice is in "
                    + due.currency());
        }
        BigDecimal whole = due.amount().setScale(0, RoundingMode.DOWN);
        if (whole.signum() <= 0) {
            throw new RuleViolationException("M-Pesa needs at least KES 1; " + due + " is due");
        }
        return Money.of(whole, KES);
    }

    /** The {@code Amount} field of the request: a whole number, no decimals. */
    public static String field(Money requested) {
        return requested.amount().setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }
}
