package org.crmir.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;

/**
 * The signed-in person as the page header names them: their name, as CRMir knows it (from the users page, or from
 * the provider's claims at each single sign-on), not the username or the provider's subject; the username where no
 * name is known.
 */
@Named
@RequestScoped
public class SignedInPerson {

    @Inject
    ExternalContext external;

    /** The name to show; null when nobody is signed in. */
    public String getName() {
        Principal caller = external.getUserPrincipal();
        if (caller == null) {
            return null;
        }
        Object session = external.getSession(false);
        if (session instanceof HttpSession http
                && http.getAttribute(CrmAuthenticationMechanism.SESSION_IDENTITY) instanceof SessionIdentity who
                && who.username().equals(caller.getName()) && who.displayName() != null
                && !who.displayName().isBlank()) {
            return who.displayName();
        }
        return caller.getName();
    }
}
