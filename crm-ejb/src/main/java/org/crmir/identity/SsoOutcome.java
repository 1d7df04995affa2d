package org.crmir.identity;

import java.io.Serializable;
import java.util.Optional;

/** What came of a sign-in through the provider: the user as signed in, or why not. */
public record SsoOutcome(SignedInUser user, Refusal refusal) implements Serializable {

    /** Why an identity the provider vouched for may still not use CRMir. */
    public enum Refusal {
        /** None of the user's groups maps to a CRMir role. */
        NO_ROLE,
        /** The CRMir account is deactivated. */
        INACTIVE
    }

    static SsoOutcome signedIn(SignedInUser user) {
        return new SsoOutcome(user, null);
    }

    static SsoOutcome refused(Refusal refusal) {
        return new SsoOutcome(null, refusal);
    }

    public Optional<SignedInUser> signedInUser() {
        return Optional.ofNullable(user);
    }
}
