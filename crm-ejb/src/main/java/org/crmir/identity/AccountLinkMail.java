package org.crmir.identity;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.crmir.communication.AccountMailer;
import org.crmir.document.PublicLinks;
import org.crmir.shared.RuleViolationException;

/**
 * Makes an account link and mails it: a new random token (only its hash is stored), every earlier unused link of
 * the same user revoked, the absolute address built from {@code CRMIR_PUBLIC_URL} only.
 */
final class AccountLinkMail {

    /** The page behind every account link. */
    static final String PAGE = "/public/set-password.xhtml";
    static final String NO_PUBLIC_URL = "CRMir cannot mail a link: CRMIR_PUBLIC_URL (how the world reaches CRMir)"
            + " is not set. Ask whoever runs CRMir to set it.";

    private AccountLinkMail() {
    }

    /** Whether links can be made at all. */
    static boolean possible() {
        return PublicLinks.publicUrl().isPresent();
    }

    /**
     * Issues a new link for {@code user} and queues its e-mail; refused when there is no public address. The caller
     * holds the user's row lock (or has just created the user), so that two issues for one user cannot both find
     * nothing to revoke and leave two live links.
     */
    static AccountLink issue(EntityManager em, AccountMailer mailer, UserAccount user, AccountLink.Purpose purpose,
            String issuedBy, Instant now) {
        Optional<String> base = PublicLinks.publicUrl();
        if (base.isEmpty()) {
            throw new RuleViolationException(NO_PUBLIC_URL);
        }
        revokeOpenLinks(em, user, now);
        String token = PasswordHasher.randomSecret(32);
        AccountLink link = new AccountLink(user, purpose, PasswordHasher.sha256Hex(token), issuedBy, now);
        em.persist(link);
        String url = base.get() + PAGE + "?token=" + token;
        if (purpose == AccountLink.Purpose.INVITATION) {
            mailer.send(user.getEmail(), "You are invited to CRMir", "Hello " + user.getDisplayName() + ",\n\n"
                    + "you have been invited to CRMir. Your username is " + user.getUsername() + ".\n"
                    + "Choose your password here (the link works once, for 72 hours):\n\n" + url + "\n");
        } else {
            mailer.send(user.getEmail(), "Reset your CRMir password", "Hello " + user.getDisplayName() + ",\n\n"
                    + "somebody (we hope you) asked to reset the password of the CRMir account "
                    + user.getUsername() + ".\nChoose a new password here (the link works once, for one hour):\n\n"
                    + url + "\n\nIf it was not you, ignore this e-mail: your password stays as it is.\n");
        }
        return link;
    }

    /** Every link of this user that was not used yet stops working. */
    static void revokeOpenLinks(EntityManager em, UserAccount user, Instant now) {
        em.createQuery("SELECT l FROM AccountLink l WHERE l.user = :user AND l.usedAt IS NULL AND l.revokedAt IS NULL",
                AccountLink.class).setParameter("user", user).getResultList().forEach(l -> l.revoke(now));
    }
}
