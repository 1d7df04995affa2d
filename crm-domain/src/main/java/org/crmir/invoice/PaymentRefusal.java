package org.crmir.invoice;

import java.io.Serializable;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;

/**
 * Why an invoice cannot take an amount of money ({@link Invoice#refusalOfPayment}). Gateways record it as the
 * event's outcome ({@link #sentence()}); services throw it as {@link #toException()}, where the amount's messages
 * read after the field's name ("amount: must be more than 0").
 */
public record PaymentRefusal(Reason reason, String message) implements Serializable {

    /** What is wrong, in the order the invoice checks it. */
    public enum Reason {
        /** The money is in another currency than the invoice. */
        OTHER_CURRENCY,
        /** A draft, paid or void invoice does not expect money. */
        NOT_OPEN,
        /** Zero or less is no payment. */
        NOT_POSITIVE,
        /** More than the balance: refused for an allocation (a payment's surplus stays client credit). */
        OVER_BALANCE
    }

    /** As a gateway event's outcome records it: a sentence of its own ("the amount must be more than 0"). */
    public String sentence() {
        return reason == Reason.NOT_POSITIVE || reason == Reason.OVER_BALANCE ? "the amount " + message : message;
    }

    /** As services report it: wrong input (the field named) or a state that does not allow it. */
    public RuntimeException toException() {
        return switch (reason) {
            case OTHER_CURRENCY -> new InvalidInputException("currency", message);
            case NOT_OPEN -> new RuleViolationException(message);
            case NOT_POSITIVE, OVER_BALANCE -> new InvalidInputException("amount", message);
        };
    }
}
