package org.crmir.identity;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * The answer to a password: the user when it was right, otherwise whether sign-in is locked (for the name or the
 * address, alike for names with and without an account) and how long the caller should hold back its answer.
 */
public record PasswordCheck(Optional<SignedInUser> user, boolean locked, Duration slowDown) implements Serializable {

    static PasswordCheck valid(SignedInUser user) {
        return new PasswordCheck(Optional.of(user), false, Duration.ZERO);
    }

    static PasswordCheck refused(boolean locked, Duration slowDown) {
        return new PasswordCheck(Optional.empty(), locked, slowDown);
    }
}
