package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.crmir.identity.InvitationService;
import org.crmir.identity.NewInvitation;
import org.crmir.identity.PendingInvitation;
import org.crmir.identity.Role;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** The invitations on the users page: invite a person by e-mail, send an invitation again, withdraw it. */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvitationService invitations;

    private String username;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private transient List<PendingInvitation> pending;

    public void startNew() {
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>(List.of(Role.VIEWER));
    }

    public void invite() {
        try {
            invitations.invite(new NewInvitation(username, displayName, email,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
            Messages.info("Invitation sent to " + email + ". " + username + " chooses a password through its link"
                    + " (valid for 72 hours).");
            pending = null;
            PrimeFaces.current().executeScript("PF('inviteDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException e) {
            Messages.error(e.getMessage());
        }
    }

    public void resend(PendingInvitation invitation) {
        try {
            invitations.resend(invitation.userId());
            Messages.info("Invitation sent again to " + invitation.email() + "; the earlier link no longer works.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        pending = null;
    }

    public void cancel(PendingInvitation invitation) {
        try {
            invitations.cancel(invitation.userId());
            Messages.info("Invitation of " + invitation.username() + " withdrawn: its link no longer works and the"
                    + " user is inactive.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        pending = null;
    }

    /** Invited users who have not chosen a password yet; read once per request that shows them. */
    public List<PendingInvitation> getPending() {
        if (pending == null) {
            pending = invitations.pending();
        }
        return pending;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
}
