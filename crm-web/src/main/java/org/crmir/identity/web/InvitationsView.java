package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.identity.InvitationService;
import org.crmir.identity.NewInvitation;
import org.crmir.identity.PendingInvitation;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.UserActions;
import org.primefaces.PrimeFaces;

/** The invitations on the users page: invite a person by e-mail, send an invitation again, withdraw it. */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvitationService invitations;

    private final PersonFields person = new PersonFields();
    private transient List<PendingInvitation> pending;

    public void startNew() {
        person.startNew();
    }

    public void invite() {
        if (UserActions.attempt(() -> invitations.invite(new NewInvitation(person.getUsername(),
                person.getDisplayName(), person.getEmail(), person.chosenRoles())))) {
            Messages.info("Invitation sent to " + person.getEmail() + ". " + person.getUsername() + " chooses a"
                    + " password through its link (valid for 72 hours).");
            pending = null;
            PrimeFaces.current().executeScript("PF('inviteDialog').hide()");
        }
    }

    /** A new link for the user (from the invitations list or the users list); the old one stops working. */
    public void resend(long userId, String to) {
        if (UserActions.attempt(() -> invitations.resend(userId))) {
            Messages.info("Invitation sent again to " + to + "; the earlier link no longer works.");
        }
        pending = null;
    }

    public void cancel(PendingInvitation invitation) {
        if (UserActions.attempt(() -> invitations.cancel(invitation.userId()))) {
            Messages.info("Invitation of " + invitation.username() + " withdrawn: its link no longer works and the"
                    + " user is inactive.");
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

    public PersonFields getPerson() { return person; }
}
