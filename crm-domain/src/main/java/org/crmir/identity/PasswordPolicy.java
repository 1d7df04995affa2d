package org.crmir.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.crmir.shared.InvalidInputException;

/**
 * What a password must be before it is hashed and stored, after NIST SP 800-63B (5.1.1.2): long enough, long
 * passphrases allowed, no composition rules (no "one digit, one symbol"), and refused when it is a known common or
 * breached password, repetitive or sequential, or little more than the user's own name or e-mail address. The one
 * place these rules live: every way of setting a password calls {@link #check(String, String...)}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** NIST asks to allow at least 64; hashing cost bounds it above. */
    public static final int MAX_LENGTH = 128;
    /** A common password with at most this many digits or symbols added at its end ("password1!") is as weak. */
    private static final int MAX_WEAK_SUFFIX = 4;
    private static final String LIST_RESOURCE = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that is too short or too long, a common or breached one, a repetitive or sequential one,
     * or one that is mostly one of {@code contextWords} (the username, the e-mail address; nulls are ignored).
     */
    public static void check(String password, String... contextWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refused("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw refused("must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw refused("is on the list of common or breached passwords; choose another (a few unrelated words"
                    + " make a good one)");
        }
        if (isRepetitiveOrSequential(lower)) {
            throw refused("is a repeated or sequential run of characters, such as 'aaaaaaaa' or '12345678'");
        }
        for (String word : contextWords) {
            if (isMostly(lower, word)) {
                throw refused("must not be your username or e-mail address with a few characters added");
            }
        }
    }

    /** Whether the password (in lower case) is on the shipped list, also with a short tail of digits or symbols. */
    static boolean isCommon(String lower) {
        if (CommonPasswords.LIST.contains(lower)) {
            return true;
        }
        for (int end = lower.length() - 1; end >= 4 && lower.length() - end <= MAX_WEAK_SUFFIX
                && !Character.isLetter(lower.charAt(end)); end--) {
            if (CommonPasswords.LIST.contains(lower.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** Fewer than 4 different characters, or every step one up (or one down) from the last: "abcdefgh", "98765432". */
    static boolean isRepetitiveOrSequential(String lower) {
        if (lower.chars().distinct().count() < 4) {
            return true;
        }
        int step = lower.charAt(1) - lower.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < lower.length(); i++) {
            if (lower.charAt(i) - lower.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** The password without every copy of {@code word} (and an e-mail's name part) is shorter than the minimum. */
    static boolean isMostly(String lower, String word) {
        if (word == null || word.strip().length() < 3) {
            return false;
        }
        String context = word.strip().toLowerCase(Locale.ROOT);
        String rest = lower.replace(context, "");
        int at = context.indexOf('@');
        if (at >= 3) {
            rest = rest.replace(context.substring(0, at), "");
        }
        return rest.length() < lower.length() && rest.length() < MIN_LENGTH;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("password", message);
    }

    /**
     * The common and breached passwords (lower case), read once: the password list of zxcvbn-ts
     * ({@code @zxcvbn-ts/language-common}, MIT licence), drawn from published breach corpora.
     */
    private static final class CommonPasswords {
        static final Set<String> LIST = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The common password list " + LIST_RESOURCE
                            + " is missing from the build");
                }
                Set<String> words = new HashSet<>(80_000);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        words.add(line.strip());
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
