package org.crmir.identity.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmir.identity.Role;
import org.crmir.identity.UserSummary;

/**
 * Who a user dialog is about, as typed in: username, name, e-mail and the roles ticked. The same for a new user,
 * an invitation and an edit; a new person starts as a viewer, and the ticked roles go to the service as a set,
 * empty when none is ticked (the service refuses that with its own message).
 */
public class PersonFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();

    /** Empty fields for a new person, with the least role ticked. */
    public void startNew() {
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>(List.of(Role.VIEWER));
    }

    /** The fields of an existing user, to change. */
    public void startWith(UserSummary user) {
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        roles = new ArrayList<>(user.roles());
    }

    public Set<Role> chosenRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Role[] getAllRoles() { return Role.values(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
}
