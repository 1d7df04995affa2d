package org.crmir.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The CRMir username of a user made at their first sign-in through the OpenID Connect provider, derived from the
 * provider's user-name claim so that it fits the rule for usernames (3 to 64 of {@code a-z 0-9 . _ -}). An e-mail
 * style name keeps its part before the {@code @}. The result depends only on the claim and the subject: when the
 * plain form is taken by someone else, the subject's short hash makes it unique, the same one at every sign-in.
 */
public final class SsoUsername {

    static final int MAX_LENGTH = 64;
    private static final int SUFFIX_LENGTH = 7; // "-" and six hex digits

    private SsoUsername() {
    }

    /** The plain form: the claim cleaned up, or "user" when nothing usable is left. */
    public static String plain(String claim) {
        String name = claim == null ? "" : claim.strip();
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        return name.length() < 3 ? (name.isEmpty() ? "user" : "user-" + name) : name;
    }

    /** The plain form with a suffix from the subject, for when the plain form belongs to another user. */
    public static String unique(String claim, String subject) {
        String plain = plain(claim);
        String base = plain.length() > MAX_LENGTH - SUFFIX_LENGTH ? plain.substring(0, MAX_LENGTH - SUFFIX_LENGTH)
                : plain;
        return base + "-" + HashedSecret.sha256Hex(String.valueOf(subject)).substring(0, SUFFIX_LENGTH - 1);
    }
}
