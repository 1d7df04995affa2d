package org.crmir.figures;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Whose figures, in which currency, over which days: {@code ownerId} null means every client's, a user id the
 * clients that user owns; {@code currency} null means every currency; {@code from}..{@code to} inclusive;
 * {@code today} is the day ages and "this week" are counted from.
 */
public record FigureScope(Long ownerId, String currency, LocalDate from, LocalDate to, LocalDate today)
        implements Serializable {

    public FigureScope {
        if (from == null || to == null || today == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a scope needs from <= to and today");
        }
    }

    /** Everyone's figures in every currency, over the given days. */
    public static FigureScope everything(LocalDate from, LocalDate to, LocalDate today) {
        return new FigureScope(null, null, from, to, today);
    }
}
