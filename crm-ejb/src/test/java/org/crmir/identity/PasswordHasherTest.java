package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String stored = PasswordHasher.hash("correct horse battery");
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"));
        assertTrue(PasswordHasher.matches("correct horse battery", stored));
        assertFalse(PasswordHasher.matches("correct horse battery!", stored));
        assertFalse(PasswordHasher.matches(null, stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHasher.hash("correct horse battery"), PasswordHasher.hash("correct horse battery"));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.matches("x", "plain-text"));
        assertFalse(PasswordHasher.matches("x", "MD5:1:abc:def"));
    }
}
