package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashedSecretTest {

    @Test
    void theStoredHashIsTheSecretsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", HashedSecret.of("abc").hash());
    }

    @Test
    void aPresentedSecretFindsTheHashItWasStoredUnderEvenWithSpaceAroundIt() {
        assertEquals(HashedSecret.of("crm_secret"), HashedSecret.ofPresented("  crm_secret\n").orElseThrow());
        assertNotEquals(HashedSecret.of("crm_secret"), HashedSecret.ofPresented("crm_secreT").orElseThrow());
    }

    @Test
    void nothingIsLookedUpForAMissingBlankOrOverlongSecret() {
        assertTrue(HashedSecret.ofPresented(null).isEmpty());
        assertTrue(HashedSecret.ofPresented("   ").isEmpty());
        assertTrue(HashedSecret.ofPresented("x".repeat(HashedSecret.MAX_PRESENTED_LENGTH + 1)).isEmpty());
        assertTrue(HashedSecret.ofPresented("x".repeat(HashedSecret.MAX_PRESENTED_LENGTH)).isPresent());
    }

    @Test
    void itsTextNeverShowsTheWholeHash() {
        String hash = HashedSecret.of("abc").hash();
        assertTrue(!HashedSecret.of("abc").toString().contains(hash));
    }
}
