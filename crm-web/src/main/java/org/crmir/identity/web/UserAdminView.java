package org.crmir.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.crmir.identity.AccountStanding;
import org.crmir.identity.InvitationService;
import org.crmir.identity.NewUser;
import org.crmir.identity.SignInLock;
import org.crmir.identity.UserService;
import org.crmir.identity.UserSummary;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UserActions;
import org.primefaces.PrimeFaces;

/**
 * The users page: create users, set their roles, deactivate them, reset their passwords, lift sign-in locks, and
 * see where each account stands (invited, invitation expired or not sent). Administrators only.
 */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService users;

    @EJB
    private InvitationService invitations;

    private String search;
    private PagedModel<UserSummary> model;

    // the dialog's fields
    private Long editingId;
    private long editingVersion;
    private final PersonFields person = new PersonFields();
    private String password;
    private transient List<SignInLock> signInLocks;
    /** The standings of the rows the table shows, read once after each load. */
    private transient Map<Long, AccountStanding> standings;

    @PostConstruct
    void init() {
        model = PagedModel.ofPages(page -> {
            standings = null;
            return users.list(search, page);
        }, UserSummary::id);
    }

    public void startNew() {
        editingId = null;
        person.startNew();
        password = null;
    }

    public void startEdit(UserSummary user) {
        editingId = user.id();
        editingVersion = user.version();
        person.startWith(user);
        password = null;
    }

    public void save() {
        boolean creating = editingId == null;
        if (UserActions.attempt(() -> {
            if (creating) {
                users.create(new NewUser(person.getUsername(), person.getDisplayName(), person.getEmail(),
                        person.chosenRoles(), password));
            } else {
                users.update(editingId, editingVersion, person.getDisplayName(), person.getEmail(),
                        person.chosenRoles());
            }
        })) {
            Messages.info("User " + person.getUsername() + (creating ? " created." : " saved."));
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public void deactivate(UserSummary user) {
        if (UserActions.attempt(() -> users.deactivate(user.id()))) {
            Messages.info("User " + user.username() + " deactivated: they can no longer sign in.");
        }
    }

    public void activate(UserSummary user) {
        if (UserActions.attempt(() -> users.activate(user.id()))) {
            Messages.info("User " + user.username() + " activated.");
        }
    }

    public void resetPassword() {
        if (UserActions.attempt(() -> users.resetPassword(editingId, password))) {
            Messages.info("Password of " + person.getUsername() + " reset. Tell them the new one in person.");
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        }
    }

    /** Where this row's account stands; the rows of the page are read together, once per load. */
    public AccountStanding standingOf(UserSummary user) {
        if (standings == null || !standings.containsKey(user.id())) {
            List<UserSummary> shown = model.getWrappedData() == null ? List.of() : model.getWrappedData();
            List<Long> ids = new java.util.ArrayList<>(shown.stream().map(UserSummary::id).toList());
            if (!ids.contains(user.id())) {
                ids.add(user.id());
            }
            standings = invitations.standings(ids);
        }
        return standings.get(user.id());
    }

    /** The colour of a row's status: green when they can sign in, blue while invited, red when deactivated. */
    public String severityOf(UserSummary user) {
        return switch (standingOf(user).status()) {
            case ACTIVE -> "success";
            case INVITED -> "info";
            case INACTIVE -> "danger";
            case INVITATION_EXPIRED, INVITATION_NOT_SENT, NO_PASSWORD -> "warning";
        };
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

    public PagedModel<UserSummary> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Long getEditingId() { return editingId; }
    public PersonFields getPerson() { return person; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
