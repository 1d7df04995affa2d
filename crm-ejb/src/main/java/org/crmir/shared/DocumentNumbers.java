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

    /** The next value of {@code series} in {@code year}, from 1; call inside the issuing transaction. */
    public long next(String series, int year) {
        rows.ensure(series, year);
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM document_sequences"
                        + " WHERE series = ? AND year = ? FOR UPDATE")
                .setParameter(1, series).setParameter(2, year).getSingleResult();
        long next = last.longValue() + 1;
        em.createNativeQuery("UPDATE document_sequences SET last_value = ? WHERE series = ? AND year = ?")
                .setParameter(1, next).setParameter(2, series).setParameter(3, year).executeUpdate();
        return next;
    }

    /** "INV-2026-000042": series, year, and the value padded to {@code digits}. */
    public static String format(String series, int year, long value, int digits) {
        return series + "-" + year + "-" + String.format("%0" + digits + "d", value);
    }
}
