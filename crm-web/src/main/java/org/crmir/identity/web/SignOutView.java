package org.crmir.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out ends the session on the server, not only in the browser. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    public void signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
    }
}
