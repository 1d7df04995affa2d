package org.crmir.identity.web;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.crmir.identity.OidcSettings;
import org.crmir.identity.SsoIdentity;
import org.crmir.identity.SsoOutcome;
import org.crmir.identity.SsoProvisioning;
import org.crmir.shared.web.DatabaseUnavailable;
import org.crmir.shared.web.ErrorStatusServlet;

/**
 * Sign-in through the OpenID Connect provider, authorization code flow with PKCE: {@code /sso/start} sends the
 * browser to the provider with a fresh state, nonce and code challenge; {@code /sso/callback} takes the code back,
 * checks the state, redeems the code with the verifier and the client secret, checks the ID token and hands the
 * identity to {@link CrmAuthenticationMechanism}, as the sign-in page does with a password. Every refusal ends on
 * the sign-in page with a message ({@code ?sso=}), and one quiet log line.
 */
@WebServlet({SsoSignInServlet.START, SsoSignInServlet.CALLBACK})
public class SsoSignInServlet extends HttpServlet {

    static final String START = "/sso/start";
    static final String CALLBACK = "/sso/callback";
    private static final Logger LOG = Logger.getLogger(SsoSignInServlet.class.getName());

    @Inject
    OidcProvider provider;

    @Inject
    OidcTokens tokens;

    @Inject
    SecurityContext security;

    @EJB
    SsoProvisioning provisioning;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!provider.configured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            finish(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) {
        OidcSettings settings = provider.settings();
        PendingSignIn pending = PendingSignIn.start();
        String target;
        try {
            target = provider.authorizationEndpoint() + (provider.authorizationEndpoint().getQuery() == null ? "?" : "&")
                    + "response_type=code&scope=" + encode(provider.scopes())
                    + "&client_id=" + encode(settings.clientId())
                    + "&redirect_uri=" + encode(settings.redirectUri())
                    + "&state=" + pending.state() + "&nonce=" + pending.nonce()
                    + "&code_challenge=" + pending.codeChallenge() + "&code_challenge_method=S256";
        } catch (OidcException e) {
            provider.forget();
            LOG.warning("Single sign-on is unavailable: " + e.getMessage());
            toSignInPage(request, response, "unavailable");
            return;
        }
        request.getSession(true).setAttribute(PendingSignIn.SESSION_KEY, pending);
        redirect(response, target); // the provider's address, from its discovery document
    }

    private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // Nobody was signed in: say why in words, as every other page does while the database is away.
            LOG.info("Single sign-on answer not taken: the database cannot be reached");
            ErrorStatusServlet.refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    DatabaseUnavailable.DETAIL);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null
                : session.getAttribute(PendingSignIn.SESSION_KEY) instanceof PendingSignIn p ? p : null;
        if (pending == null) {
            LOG.info("Single sign-on answer refused: no sign-in was started in this browser session");
            toSignInPage(request, response, "failed");
            return;
        }
        session.removeAttribute(PendingSignIn.SESSION_KEY); // one answer per sign-in, whatever it is
        String refusal;
        try {
            refusal = signIn(request, response, pending);
        } catch (OidcException e) {
            refusal = e.getMessage();
        }
        if (refusal != null) {
            LOG.info("Single sign-on refused: " + refusal);
            provisioning.refusedBeforeIdentity(refusal);
            toSignInPage(request, response, "failed");
        }
    }

    /** Signs in and redirects; or says why not (null when done). */
    private String signIn(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending) {
        if (request.getParameter("error") != null) {
            return "the provider answered " + request.getParameter("error");
        }
        if (!pending.answeredBy(request.getParameter("state"))) {
            return "the state does not match the sign-in started in this browser, or it is too old";
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            return "the provider sent no code";
        }
        OidcProvider.Redeemed redeemed = provider.redeem(code, pending.codeVerifier());
        String idToken = redeemed.idToken();
        JWTClaimsSet claims = tokens.checkIdToken(idToken, pending.nonce());
        SsoIdentity identity = tokens.identityOf(claims);
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new SsoCredential(identity, idToken, OidcProvider.stringClaim(claims, "sid"),
                        redeemed.offlineToken())));
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(CrmAuthenticationMechanism.RETURN_TO);
            session.removeAttribute(CrmAuthenticationMechanism.RETURN_TO);
            redirect(response, returnTo instanceof String url && url.startsWith(request.getContextPath() + "/")
                    ? url : request.getContextPath() + "/dashboard.xhtml");
            return null;
        }
        Object why = request.getAttribute(CrmAuthenticationMechanism.SSO_REFUSAL);
        LOG.info("Single sign-on refused for " + identity.nameClaim() + ": " + why);
        toSignInPage(request, response, why == SsoOutcome.Refusal.INACTIVE ? "inactive" : "no-role");
        return null;
    }

    private static void toSignInPage(HttpServletRequest request, HttpServletResponse response, String reason) {
        redirect(response, request.getContextPath() + CrmAuthenticationMechanism.LOGIN_PAGE + "?sso=" + reason);
    }

    /** A path or the provider's address, never one made from the request's Host header. */
    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
