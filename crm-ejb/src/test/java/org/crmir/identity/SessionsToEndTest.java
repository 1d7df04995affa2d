package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionsToEndTest {

    @Test
    void allOfAUserCoversEveryOneOfTheirSessionsAndNobodyElses() {
        SessionsToEnd ending = SessionsToEnd.allOf("sam");
        assertTrue(ending.covers("sam", true));
        assertTrue(ending.covers("sam", false));
        assertFalse(ending.covers("vera", true));
    }

    @Test
    void passwordSignInsOffCoversEveryPasswordSessionButTheSparedOnes() {
        SessionsToEnd ending = SessionsToEnd.passwordSignInsExcept("glass");
        assertTrue(ending.covers("sam", true));
        assertFalse(ending.covers("sam", false), "a single sign-on session ended");
        assertFalse(ending.covers("glass", true), "the break-glass administrator's session ended");
    }
}
