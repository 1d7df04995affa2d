package org.crmir.identity;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.crmir.communication.AccountMailer;
import org.crmir.document.PublicLinks;
import org.crmir.shared.RuleViolationException;

/**
 * Makes an account link and mails it: a new random token (only its hash is stored), every earlier unused link of
 * the same user revoked, the absolute address built from {@code CRMIR_PUBLIC_URL} only. The e-mail carries the
 * link's reference, so that a failure to send it comes back to the link ({@link AccountMailFailures}).
 */
final class AccountLinkMail {

    /** The page behind every account link. */
    static final String PAGE = "/public/set-password.xhtml";
    private static final String REFERENCE_PREFIX = "account-link:";
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
        SecretTokens.Minted token = SecretTokens.mint("");
        AccountLink link = new AccountLink(user, purpose, token.hashed(), issuedBy, now);
        em.persist(link);
        em.flush(); // its id goes with the e-mail
        String url = base.get() + PAGE + "?token=" + token.secret();
        String reference = REFERENCE_PREFIX + link.getId();
        if (purpose == AccountLink.Purpose.INVITATION) {
            mailer.send(user.getEmail(), "You are invited to CRMir", "Hello " + user.getDisplayName() + ",\n\n"
                    + "you have been invited to CRMir. Your username is " + user.getUsername() + ".\n"
                    + "Choose your password here (the link works once, for 72 hours):\n\n" + url + "\n", reference);
        } else {
            mailer.send(user.getEmail(), "Reset your CRMir password", "Hello " + user.getDisplayName() + ",\n\n"
                    + "somebody (we hope you) asked to reset the password of the CRMir account "
                    + user.getUsername() + ".\nChoose a new password here (the link works once, for one hour):\n\n"
                    + url + "\n\nIf it was not you, ignore this e-mail: your password stays as it is.\n", reference);
        }
        return link;
    }

    /** The id of the link an e-mail's reference names, or empty for a reference this class did not make. */
    static Optional<Long> linkIdOf(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(reference.substring(REFERENCE_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every link of this user that was not used yet stops working. */
    static void revokeOpenLinks(EntityManager em, UserAccount user, Instant now) {
        em.createQuery("SELECT l FROM AccountLink l WHERE l.user = :user AND l.usedAt IS NULL AND l.revokedAt IS NULL",
                AccountLink.class).setParameter("user", user).getResultList().forEach(l -> l.revoke(now));
    }
}
