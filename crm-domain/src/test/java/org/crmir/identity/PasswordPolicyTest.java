package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password", "PASSWORD1!", "12345678", "qwertyuiop", "iloveyou",
            "trustno1", "sunshine2026", "football!!", "letmein123"})
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase(String common) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(common));
        assertEquals("password", refused.getField());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "abababababab", "abcdefghij", "98765432", "zyxwvutsrq"})
    void repetitiveAndSequentialRunsAreRefused(String run) {
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(run));
    }

    @Test
    void eightCharactersAreEnoughAndNoCompositionIsAsked() {
        PasswordPolicy.check("tram lid");
        PasswordPolicy.check("correct horse battery staple");
        PasswordPolicy.check("ñandú ünïcödé wörds"); // any Unicode, spaces included
    }

    @Test
    void sevenAreTooFewAndOverTheMaximumIsTooMany() {
        assertTrue(assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("tramlid"))
                .getMessage().contains("at least 8"));
        PasswordPolicy.check("long passphrase ".repeat(8)); // 128
        assertTrue(assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("x" + "long passphrase "
                .repeat(8))).getMessage().contains("at most 128"));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(null));
    }

    @Test
    void theUsernameOrEmailWithAFewCharactersAddedIsRefused() {
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("Sofia.Lind2026", "sofia.lind", null));
        assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("sofia@corp.example", "sofia.lind", "sofia@corp.example"));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("sofia-rules!", "x.y", "sofia@corp.example"));
        // the name inside a long enough passphrase is fine
        PasswordPolicy.check("sofia climbs tall granite walls", "sofia", "sofia@corp.example");
    }
}
