package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.crmir.shared.InvalidInputException;

/**
 * The policy's promises over many passwords: a length decides alone below 8 and above 128, every listed password
 * is refused in any case, and a random passphrase in between (no list word, no name in it) is accepted.
 */
class PasswordPolicyPropertyTest {

    private static final List<String> LISTED = readList();

    @Property
    void shorterThanEightIsRefused(@ForAll @StringLength(max = 7) String password) {
        assertEquals("password", assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password))
                .getField());
    }

    @Property
    void longerThanTheMaximumIsRefused(@ForAll("randomText") String start,
            @ForAll @IntRange(min = 1, max = 200) int extra) {
        String password = start + "x".repeat(PasswordPolicy.MAX_LENGTH - start.length() + extra);
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password));
    }

    @Property
    void randomPassphrasesOfAllowedLengthAreAccepted(@ForAll("randomText") String password) {
        PasswordPolicy.check(password, "sofia.lind", "sofia.lind@corp.example");
    }

    @Property
    void everyListedPasswordOfAllowedLengthIsRefusedInAnyCase(@ForAll("listed") String listed, @ForAll boolean upper) {
        String password = upper ? listed.toUpperCase(Locale.ROOT) : listed;
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password));
    }

    @Property
    void aListedPasswordWithAShortTailOfDigitsIsRefused(@ForAll("listed") String listed,
            @ForAll @IntRange(min = 0, max = 999) int tail) {
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(listed + tail));
    }

    @Property
    void theUsernameWithFewerThanEightOtherCharactersIsRefused(@ForAll("usernames") String username,
            @ForAll @StringLength(max = 7) @AlphaChars String extra, @ForAll boolean before) {
        String password = before ? extra + username.toUpperCase(Locale.ROOT) : username + extra;
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password, username, null));
    }

    @Provide
    Arbitrary<String> usernames() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMinLength(3).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> randomText() {
        // 16 to 128 characters drawn from letters, digits and a few symbols: a list hit is next to impossible
        return Arbitraries.strings().withChars("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!? ")
                .ofMinLength(16).ofMaxLength(PasswordPolicy.MAX_LENGTH)
                .filter(s -> s.chars().distinct().count() >= 4);
    }

    @Provide
    Arbitrary<String> listed() {
        return Arbitraries.of(LISTED);
    }

    private static List<String> readList() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            return reader.lines().filter(p -> p.length() >= PasswordPolicy.MIN_LENGTH).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
