package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.crmir.identity.AccountLink;
import org.crmir.identity.LinkStatus;
import org.crmir.identity.PasswordLinkService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/**
 * The page behind an invitation or reset link: the holder chooses their password. A link that never existed
 * answers 404, a used, expired or withdrawn one 410, each with a page that says so and what to do.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PasswordLinkService links;

    private String token;
    private LinkStatus status;
    private String password;
    private String repeated;
    private String doneFor;

    public void load() {
        status = links.status(token);
        if (status.state() == null) {
            answer(404);
        } else if (!status.usable()) {
            answer(410);
        }
    }

    public void save() {
        if (!Objects.equals(password, repeated)) {
            Messages.error("The two passwords differ. Type the same password twice.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            doneFor = links.choosePassword(token, password);
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException e) {
            status = links.status(token); // the page now says why the link no longer works
        }
        password = null;
        repeated = null;
    }

    private static void answer(int code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback()) {
            faces.getExternalContext().setResponseStatus(code);
        }
    }

    /** Why the link does not work, in the reader's words. */
    public String getProblem() {
        if (status == null || status.state() == null) {
            return "This link is not valid. Check that you copied all of it from the e-mail.";
        }
        String again = status.invitation() ? "Ask the administrator who invited you to send a new invitation."
                : "Ask for a new link on the sign-in page (Forgot your password?).";
        return switch (status.state()) {
            case USED -> "This link was already used: sign in with the password you chose. Forgot it? Use"
                    + " \"Forgot your password?\" on the sign-in page.";
            case EXPIRED -> "This link has expired (" + (status.invitation() ? "invitations work for 72 hours"
                    : "reset links work for one hour") + "). " + again;
            case REVOKED -> "This link no longer works: a newer one was sent, or it was withdrawn. " + again;
            case USABLE -> null;
        };
    }

    public String getTitle() {
        return status != null && status.purpose() == AccountLink.Purpose.INVITATION ? "Welcome to CRMir"
                : "Choose a new password";
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public LinkStatus getStatus() { return status; }
    public boolean isUsable() { return doneFor == null && status != null && status.usable(); }
    public boolean isInvitation() { return status != null && status.invitation(); }
    public String getUsername() { return status == null ? null : status.username(); }
    public String getDisplayName() { return status == null ? null : status.displayName(); }
    public String getDoneFor() { return doneFor; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
