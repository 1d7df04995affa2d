package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void tokenDigestIsSha256Hex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                PasswordHasher.sha256Hex("abc"));
    }
}
