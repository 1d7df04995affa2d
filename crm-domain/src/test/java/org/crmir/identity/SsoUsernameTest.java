package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SsoUsernameTest {

    private static final String RULE = "[a-z0-9._-]{3,64}";

    @Test
    void anEmailStyleNameKeepsItsLocalPart() {
        assertEquals("ada.lovelace", SsoUsername.plain("Ada.Lovelace@contoso.example"));
    }

    @Test
    void accentsAndSpacesBecomeWhatAUsernameAllows() {
        assertEquals("jose-garcia", SsoUsername.plain(" José García "));
    }

    @Test
    void tooShortOrEmptyClaimsStillGiveAUsername() {
        assertEquals("user-al", SsoUsername.plain("al"));
        assertEquals("user", SsoUsername.plain(null));
        assertEquals("user", SsoUsername.plain("@@@"));
    }

    @Test
    void theUniqueFormDependsOnTheSubjectOnly() {
        String first = SsoUsername.unique("ada", "subject-1");
        assertEquals(first, SsoUsername.unique("ada", "subject-1"));
        assertNotEquals(first, SsoUsername.unique("ada", "subject-2"));
        assertTrue(first.startsWith("ada-"), first);
    }

    @Property
    void everyClaimGivesAValidUsername(@ForAll String claim, @ForAll String subject) {
        assertTrue(SsoUsername.plain(claim).matches(RULE), SsoUsername.plain(claim));
        assertTrue(SsoUsername.unique(claim, subject).matches(RULE), SsoUsername.unique(claim, subject));
    }
}
