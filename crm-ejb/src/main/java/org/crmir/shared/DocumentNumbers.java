package org.crmir.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Gapless document numbers: the counter row of a series and year is locked FOR UPDATE in the caller's
 * transaction and incremented there, so concurrent issuers queue on the row, each number is used once, and a
 * transaction that rolls back gives its number back. Not AUTO_INCREMENT (it leaves gaps on rollback) and not
 * max()+1 (two transactions read the same max).
 */
@ApplicationScoped
public class DocumentNumbers {

    @Inject
    EntityManager em;

    /**
     * The next value of {@code series} in {@code year}, from 1; call inside the issuing transaction, as late as
     * possible: the counter row stays locked until it commits. One statement increments and locks the row and
     * hands the value to {@code LAST_INSERT_ID()} of this connection. Only the first number of a year finds no
     * row; then one upsert creates it at 1 or, when a concurrent issuer created it first, waits for that one's
     * commit and increments it. Both stay in this transaction: a rollback gives the number (and the row) back, and
     * no issuer needs a second connection (with one per first issuer, 32 issuers at once emptied a pool of 30).
     */
    public long next(String series, int year) {
        if (increment(series, year) == 0) {
            em.createNativeQuery("INSERT INTO document_sequences (series, year, last_value) VALUES (?, ?,"
                            + " LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
                    .setParameter(1, series).setParameter(2, year).executeUpdate();
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
        // not String.format: it parses its pattern at every call, and this runs while the counter row is locked
        String number = Long.toString(value);
        return series + "-" + year + "-" + "0".repeat(Math.max(0, digits - number.length())) + number;
    }
}
