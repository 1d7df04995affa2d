package org.crmir.shared.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in user as views see it, to show or hide what they may do. The services check again: hiding a
 * button is a courtesy, not the wall.
 */
@Named
@RequestScoped
@DeclareRoles({"ADMIN", "SALES", "FINANCE", "SUPPORT", "VIEWER"})
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    jakarta.faces.context.ExternalContext external;

    /** The signed-in username; the request's principal is null for an anonymous caller. */
    public String getName() {
        Principal caller = external.getUserPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean isSignedIn() {
        return external.getUserPrincipal() != null;
    }

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    /** May create and edit clients. */
    public boolean isSales() {
        return isAdmin() || security.isCallerInRole("SALES");
    }

    /** May reconcile payments (the reconciliation page). */
    public boolean isFinance() {
        return isAdmin() || security.isCallerInRole("FINANCE");
    }

    /** May keep contacts up to date. */
    public boolean isContactEditor() {
        return isSales() || security.isCallerInRole("SUPPORT");
    }
}
