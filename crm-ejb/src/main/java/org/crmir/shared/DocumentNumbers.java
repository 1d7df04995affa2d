package org.crmir.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gapless document numbers: the counter row of a series and year is locked FOR UPDATE in the caller's
 * transaction and incremented there, so concurrent issuers queue on the row, each number is used once, and a
 * transaction that rolls back gives its number back. Not AUTO_INCREMENT (it leaves gaps on rollback) and not
 * max()+1 (two transactions read the same max).
 */
@ApplicationScoped
public class DocumentNumbers {

    @PersistenceContext
    EntityManager em;

    @EJB
    SequenceRows rows;

    /**
     * The next value of {@code series} in {@code year}, from 1; call inside the issuing transaction, as late as
     * possible: the counter row stays locked until it commits. One statement increments and locks the row and
     * hands the value to {@code LAST_INSERT_ID()} of this connection; only the first number of a year finds no
     * row, and then the row is created in a transaction of its own and the increment repeated.
     */
    public long next(String series, int year) {
        if (increment(series, year) == 0) {
            rows.ensure(series, year);
            if (increment(series, year) == 0) {
                throw new IllegalStateException("no counter row for " + series + " " + year);
            }
        }
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private int increment(String series, int year) {
        return em.createNativeQuery("UPDATE document_sequences SET last_value = LAST_INSERT_ID(last_value + 1)"
                        + " WHERE series = ? AND year = ?")
                .setParameter(1, series).setParameter(2, year).executeUpdate();
    }

    /** "INV-2026-000042": series, year, and the value padded to {@code digits}. */
    public static String format(String series, int year, long value, int digits) {
        return series + "-" + year + "-" + String.format("%0" + digits + "d", value);
    }
}
