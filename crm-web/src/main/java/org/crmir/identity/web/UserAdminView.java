package org.crmir.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.crmir.identity.NewUser;
import org.crmir.identity.Role;
import org.crmir.identity.SignInLock;
import org.crmir.identity.UserService;
import org.crmir.identity.UserSummary;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.primefaces.PrimeFaces;

/**
 * The users page: create users, set their roles, deactivate them, reset their passwords, lift sign-in locks.
 * Administrators only.
 */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService users;

    private String search;
    private PagedModel<UserSummary> model;

    // the dialog's fields
    private Long editingId;
    private long editingVersion;
    private String username;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private String password;
    private transient List<SignInLock> signInLocks;

    @PostConstruct
    void init() {
        model = PagedModel.ofPages(page -> users.list(search, page), UserSummary::id);
    }

    public void startNew() {
        editingId = null;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>(List.of(Role.VIEWER));
        password = null;
    }

    public void startEdit(UserSummary user) {
        editingId = user.id();
        editingVersion = user.version();
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        roles = new ArrayList<>(user.roles());
        password = null;
    }

    public void save() {
        try {
            EnumSet<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            if (editingId == null) {
                users.create(new NewUser(username, displayName, email, chosen, password));
                Messages.info("User " + username + " created.");
            } else {
                users.update(editingId, editingVersion, displayName, email, chosen);
                Messages.info("User " + username + " saved.");
            }
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException | RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void deactivate(UserSummary user) {
        try {
            users.deactivate(user.id());
            Messages.info("User " + user.username() + " deactivated: they can no longer sign in.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void activate(UserSummary user) {
        try {
            users.activate(user.id());
            Messages.info("User " + user.username() + " activated.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void resetPassword() {
        try {
            users.resetPassword(editingId, password);
            Messages.info("Password of " + username + " reset. Tell them the new one in person.");
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Lifts a sign-in lock before it runs out. */
    public void unlock(SignInLock lock) {
        try {
            users.unlockSignIn(lock.id());
            Messages.info(lock.kindLabel() + " " + lock.subject() + " unlocked: it can sign in again.");
        } catch (NotFoundException e) {
            Messages.info(lock.kindLabel() + " " + lock.subject() + " was no longer locked.");
        }
        signInLocks = null;
    }

    /** Names and addresses locked out after too many failed sign-ins; read once per request that shows them. */
    public List<SignInLock> getSignInLocks() {
        if (signInLocks == null) {
            signInLocks = users.signInLocks();
        }
        return signInLocks;
    }

    public Role[] getAllRoles() { return Role.values(); }
    public PagedModel<UserSummary> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Long getEditingId() { return editingId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
