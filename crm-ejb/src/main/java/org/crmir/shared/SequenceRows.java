package org.crmir.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a series' counter row for a new year in a transaction of its own, so that issuing transactions only
 * ever lock an existing row (locking a missing one can take gap locks, which can deadlock). Internal, hence
 * {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class SequenceRows {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String series, int year) {
        Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM document_sequences"
                + " WHERE series = ? AND year = ?").setParameter(1, series).setParameter(2, year).getSingleResult();
        if (present.intValue() == 0) {
            em.createNativeQuery("INSERT IGNORE INTO document_sequences (series, year, last_value) VALUES (?, ?, 0)")
                    .setParameter(1, series).setParameter(2, year).executeUpdate();
        }
    }
}
