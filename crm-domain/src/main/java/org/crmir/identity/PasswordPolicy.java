package org.crmir.identity;

import org.crmir.shared.InvalidInputException;

/** What a password must be before it is hashed and stored. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Refuses a password that is too short, too long, or made of one repeated character. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "must have at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidInputException("password", "must use at least 4 different characters");
        }
    }
}
