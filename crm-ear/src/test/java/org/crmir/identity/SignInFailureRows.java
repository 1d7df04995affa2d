package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test support: forgets the failed sign-ins of an address, so that one test's failures do not lock the next. */
@Stateless
@PermitAll
public class SignInFailureRows {

    @PersistenceContext
    EntityManager em;

    public void forgetAddress(String address) {
        em.createQuery("DELETE FROM SignInFailures f WHERE f.kind = :kind AND f.subject = :subject")
                .setParameter("kind", SignInFailures.Kind.ADDRESS).setParameter("subject", address).executeUpdate();
    }
}
