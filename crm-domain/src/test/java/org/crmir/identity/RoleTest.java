package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void aSalespersonFollowsOwnClientsUnlessAlsoFinanceOrAdministrator() {
        assertTrue(Role.ownClientsOnly(EnumSet.of(Role.SALES)));
        assertTrue(Role.ownClientsOnly(EnumSet.of(Role.SALES, Role.SUPPORT, Role.VIEWER)));
        assertFalse(Role.ownClientsOnly(EnumSet.of(Role.SALES, Role.FINANCE)));
        assertFalse(Role.ownClientsOnly(EnumSet.of(Role.SALES, Role.ADMIN)));
        assertFalse(Role.ownClientsOnly(EnumSet.of(Role.FINANCE)));
        assertFalse(Role.ownClientsOnly(EnumSet.noneOf(Role.class)));
    }
}
