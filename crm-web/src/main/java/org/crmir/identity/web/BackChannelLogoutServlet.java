package org.crmir.identity.web;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.crmir.identity.SessionsToEnd;

/**
 * OpenID Connect back-channel logout: the provider posts a signed logout token when a user's session there ends
 * (signed out elsewhere, ended by an administrator, the user disabled); CRMir ends the sessions it opened on that
 * provider session (or, without one named, all of that subject's). Their open pages go to the sign-in page at
 * their next request. Answers 200, or 400 with an OAuth error body for a token it refuses (spec 2.8).
 */
@WebServlet(BackChannelLogoutServlet.PATH)
public class BackChannelLogoutServlet extends HttpServlet {

    static final String PATH = "/sso/backchannel-logout";
    private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    OidcProvider provider;

    @Inject
    OidcTokens tokens;

    /** Ends the sessions here (SignedInSessions) and, on a cluster, on the other nodes (as a push). */
    @Inject
    Event<SessionsToEnd> ending;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!provider.configured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = tokens.checkLogoutToken(request.getParameter("logout_token"));
        } catch (OidcException e) {
            LOG.info("Back-channel logout refused: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", "invalid_request")
                    .add("error_description", e.getMessage()).build().toString());
            return;
        }
        ending.fire(SessionsToEnd.providerLogout(OidcProvider.stringClaim(claims, "sid"), claims.getSubject()));
        LOG.fine("Back-channel logout: the provider session's sign-ins end on every node");
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
