package org.crmir.support;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;

/** Makes sure the accounts the test helpers run as exist, once per database. */
@Stateless
@PermitAll
public class TestUsers {

    public static final String PASSWORD = "it-Password-2026";

    @EJB
    AsAdmin asAdmin;

    @EJB
    UserService users;

    public void ensure() throws Exception {
        asAdmin.call(() -> {
            ensure("it-admin", Role.ADMIN);
            ensure("it-sales", Role.SALES);
            ensure("it-viewer", Role.VIEWER);
            ensure("it-support", Role.SUPPORT);
            ensure("it-finance", Role.FINANCE);
            return null;
        });
    }

    private void ensure(String username, Role role) {
        if (users.list(username, org.crmir.shared.PageRequest.first(5)).items().stream()
                .noneMatch(u -> u.username().equals(username))) {
            users.create(new NewUser(username, "IT " + role.name().toLowerCase(), username + "@crmir.test",
                    Set.of(role), PASSWORD));
        }
    }
}
