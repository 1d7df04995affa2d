package org.crmir.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.crmir.identity.OidcSettings;

/**
 * Signing out ends the session on the server, not only in the browser. A user who signed in through the provider
 * is then sent to the provider's sign-out (RP-initiated logout, with the ID token as hint), which ends the
 * provider's session too and sends the browser back to CRMir's sign-in page.
 */
@Named
@RequestScoped
public class SignOutView {

    private static final Logger LOG = Logger.getLogger(SignOutView.class.getName());

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    OidcProvider provider;

    public void signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        SsoSession sso = session != null && session.getAttribute(SsoSession.SESSION_KEY) instanceof SsoSession s ? s
                : null;
        request.logout();
        external.invalidateSession();
        Optional<String> providerSignOut = sso == null ? Optional.empty() : providerSignOut(sso);
        external.redirect(providerSignOut.orElse(external.getRequestContextPath() + "/login.xhtml?signedOut=true"));
        faces.responseComplete();
    }

    /** The provider's sign-out address for this session, or empty when it has none (or cannot be reached). */
    private Optional<String> providerSignOut(SsoSession sso) {
        try {
            Optional<URI> endpoint = provider.endSessionEndpoint();
            if (endpoint.isEmpty()) {
                return Optional.empty();
            }
            OidcSettings settings = provider.settings();
            return Optional.of(endpoint.get() + (endpoint.get().getQuery() == null ? "?" : "&")
                    + "id_token_hint=" + encode(sso.idToken())
                    + "&client_id=" + encode(settings.clientId())
                    + "&post_logout_redirect_uri=" + encode(settings.signedOutUri()));
        } catch (OidcException e) {
            LOG.warning("Signed out of CRMir only; the provider's sign-out is unavailable: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
