package org.crmir.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.crmir.identity.SignInSettingsService;
import org.crmir.shared.web.Messages;

/**
 * The sign-in page: username and password, then back to the page the user wanted, or the dashboard. While password
 * sign-in is switched off the form is offered only as "Administrator sign-in" (for the break-glass account; the
 * rule itself is enforced where passwords are checked).
 */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @jakarta.ejb.EJB
    SignInSettingsService signInSettings;

    private Boolean passwordsForEveryone;

    @NotBlank(message = "Enter your username")
    @Size(max = 64)
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 128)
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(CrmAuthenticationMechanism.RETURN_TO);
            session.removeAttribute(CrmAuthenticationMechanism.RETURN_TO);
            String target = returnTo instanceof String url && url.startsWith(request.getContextPath() + "/")
                    ? url : request.getContextPath() + "/dashboard.xhtml";
            external.redirect(target);
            faces.responseComplete();
        } else if (request.getAttribute(CrmAuthenticationMechanism.SIGN_IN_LOCKED) != null) {
            // Names without an account are locked alike, so this says nothing about which accounts exist.
            Messages.error("Too many failed sign-ins: signing in with this username, or from this network address,"
                    + " is locked for 15 minutes. Try again later, or ask an administrator to unlock it.");
            password = null;
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            // One message for unknown user, wrong password and inactive account alike: it tells an attacker nothing.
            Messages.error("Unknown username or wrong password.");
            password = null;
        }
    }

    /** Already signed in: the sign-in page has nothing to offer, go to the dashboard. */
    public void skipWhenSignedIn() throws IOException {
        // The request's principal, not SecurityContext's: WildFly names an anonymous caller "anonymous".
        if (external.getUserPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + "/dashboard.xhtml");
            faces.responseComplete();
        }
    }

    /** Whether everyone may sign in with a password (otherwise only the break-glass administrator). */
    public boolean isPasswordSignInForEveryone() {
        if (passwordsForEveryone == null) {
            passwordsForEveryone = signInSettings.passwordSignInForEveryone();
        }
        return passwordsForEveryone;
    }

    /** The password form: for everyone, or when asked for as "Administrator sign-in" (and on its own postback). */
    public boolean isPasswordFormShown() {
        return isPasswordSignInForEveryone() || "true".equals(external.getRequestParameterMap().get("admin"))
                || faces.isPostback();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
