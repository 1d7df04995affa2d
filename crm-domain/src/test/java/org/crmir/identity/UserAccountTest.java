package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aUserNeedsAtLeastOneRole() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new UserAccount("ann", "Ann", null, Set.of(), "hash", NOW));
        assertEquals("roles", refused.getField());
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        UserAccount user = new UserAccount(" Ann.Lee ", "Ann Lee", "ANN@x.example", Set.of(Role.SALES), "h", NOW);
        assertEquals("ann.lee", user.getUsername());
        assertEquals("ann@x.example", user.getEmail());
    }

    @Test
    void deactivateAndActivateAreEachRefusedTwice() {
        UserAccount user = new UserAccount("ann", "Ann", null, Set.of(Role.VIEWER), "h", NOW);
        user.deactivate();
        assertFalse(user.isActive());
        assertThrows(RuleViolationException.class, user::deactivate);
        user.activate();
        assertTrue(user.isActive());
        assertThrows(RuleViolationException.class, user::activate);
    }

    @Test
    void aRevokedTokenIsInactiveAndCannotBeRevokedAgain() {
        UserAccount user = new UserAccount("ann", "Ann", null, Set.of(Role.VIEWER), "h", NOW);
        ApiToken token = new ApiToken(user, "ci", "crm_abcd", HashedSecret.of("crm_abcd-secret"), NOW);
        assertTrue(token.isActive());
        token.revoke(NOW);
        assertFalse(token.isActive());
        assertThrows(RuleViolationException.class, () -> token.revoke(NOW));
    }
}
