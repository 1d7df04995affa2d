package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import org.crmir.identity.Authenticator;
import org.crmir.identity.SignedInUser;
import org.crmir.identity.SsoOutcome;
import org.crmir.identity.SsoProvisioning;
import org.crmir.shared.web.DatabaseUnavailable;
import org.crmir.shared.web.ErrorStatusServlet;

/**
 * How a request proves who sent it. The REST API ({@code /api/}) takes only bearer tokens
 * ({@code Authorization: Bearer}): personal API tokens, and, when an OpenID Connect provider is configured, the
 * provider's access tokens (JWT); never the session cookie, so that no other site can make a browser call it.
 * The web UI signs in with username and password on the sign-in page, or through the provider
 * ({@link SsoSignInServlet} hands over the checked identity), and then rides on the HTTP session; an
 * account deactivated meanwhile is noticed within {@link #RECHECK_AFTER}. Refusals (401, and 503 while the
 * database is out of reach) are left to the container's error dispatch ({@link ErrorStatusServlet}) instead of
 * being written here: a response written here is answered again by the container, which fails and logs it.
 */
@ApplicationScoped
public class CrmAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = "org.crmir.identity";
    static final String RETURN_TO = "org.crmir.returnTo";
    /** Set on the request when a sign-in was refused because the name or the address is locked. */
    static final String SIGN_IN_LOCKED = "org.crmir.signInLocked";
    /** Set on the request when a sign-in through the provider was refused: a {@link SsoOutcome.Refusal}. */
    static final String SSO_REFUSAL = "org.crmir.ssoRefusal";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    Authenticator authenticator;

    @EJB
    SsoProvisioning provisioning;

    @Inject
    OidcProvider provider;

    @Inject
    OidcTokens tokens;

    @Inject
    SignedInSessions signedIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isWebhook(request)) {
            return context.doNothing(); // gateways prove themselves by signature, checked by the webhook itself
        }
        Credential typedIn = context.getAuthParameters().getCredential();
        if (typedIn instanceof UsernamePasswordCredential password) {
            // Programmatic sign-in (the sign-in page): a database outage there is the page's to show.
            return signIn(request, context, password);
        }
        if (typedIn instanceof SsoCredential sso) {
            return ssoSignIn(request, context, sso);
        }
        try {
            if (isApi(request)) {
                return authenticateApiCall(request, response, context);
            }
            Optional<SessionIdentity> known = sessionIdentity(request);
            if (known.isPresent()) {
                return context.notifyContainerAboutLogin(known.get().username(), known.get().roles());
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            return ErrorStatusServlet.refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    DatabaseUnavailable.DETAIL);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return sendToSignIn(request, response);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
        }
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            if (provider.configured() && looksLikeJwt(token)) {
                return authenticateProviderToken(request, response, context, token);
            }
            CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(token));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return refuseApiCall(request, response, "The API token is unknown or revoked, or its user is inactive.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return refuseApiCall(request, response, "Send a personal API token as 'Authorization: Bearer <token>'. "
                + "Create one on your profile page.");
    }

    /** The provider's access token: checked, then its user (made if new) with the roles its groups map to now. */
    private AuthenticationStatus authenticateProviderToken(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String token) {
        SsoOutcome outcome;
        try {
            outcome = provisioning.signIn(tokens.identityOf(tokens.checkAccessToken(token)), false);
        } catch (OidcException e) {
            return refuseApiCall(request, response, "The access token was refused: " + e.getMessage());
        }
        if (outcome.refusal() != null) {
            return refuseApiCall(request, response, outcome.refusal() == SsoOutcome.Refusal.INACTIVE
                    ? "The access token's user is inactive in CRMir."
                    : "The access token's user has no group that maps to a CRMir role.");
        }
        SignedInUser user = outcome.user();
        return context.notifyContainerAboutLogin(user.username(), new HashSet<>(user.roles()));
    }

    /** A checked identity from the provider (the sign-in callback): made or brought up to date, then signed in. */
    private AuthenticationStatus ssoSignIn(HttpServletRequest request, HttpMessageContext context,
            SsoCredential sso) {
        SsoOutcome outcome = provisioning.signIn(sso.identity(), true);
        if (outcome.refusal() != null) {
            request.setAttribute(SSO_REFUSAL, outcome.refusal());
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInUser user = outcome.user();
        if (sso.offlineToken() != null) {
            provisioning.keepOfflineGrant(sso.identity().subject(), sso.offlineToken());
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // as for a password: a session id planted before sign-in is worth nothing
        }
        HttpSession session = request.getSession(true);
        Instant now = Instant.now();
        session.setAttribute(SESSION_IDENTITY, new SessionIdentity(user.username(), user.displayName(),
                new HashSet<>(user.roles()), now, now));
        signedIn.register(session, user.username(),
                new SsoSession(sso.identity().subject(), sso.sessionId(), sso.idToken()));
        return context.notifyContainerAboutLogin(user.username(), new HashSet<>(user.roles()));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential typedIn) {
        String address = request.getRemoteAddr();
        CredentialValidationResult result = identityStores.validate(
                new SignInAttempt(typedIn.getCaller(), typedIn.getPassword(), address));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (authenticator.isLocked(typedIn.getCaller(), address)) {
                request.setAttribute(SIGN_IN_LOCKED, Boolean.TRUE);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId(); // a new id at sign-in: a session id planted before it is worth nothing
        }
        String displayName = authenticator.current(username).map(SignedInUser::displayName).orElse(null);
        HttpSession session = request.getSession(true);
        Instant now = Instant.now();
        session.setAttribute(SESSION_IDENTITY, new SessionIdentity(username, displayName,
                new HashSet<>(result.getCallerGroups()), now, now));
        signedIn.register(session, username);
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<SessionIdentity> sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity)) {
            return Optional.empty();
        }
        if (signedIn.endedSince(session, identity)) {
            session.invalidate(); // ended on another node of the cluster, or while it was held elsewhere
            return Optional.empty();
        }
        signedIn.seen(session, identity.username());
        if (identity.checkedAt().plus(RECHECK_AFTER).isAfter(Instant.now())) {
            return Optional.of(identity);
        }
        Optional<SignedInUser> still = authenticator.current(identity.username());
        if (still.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        SessionIdentity refreshed = new SessionIdentity(identity.username(), still.get().displayName(),
                new HashSet<>(still.get().roles()), Instant.now(), identity.signedInAt());
        session.setAttribute(SESSION_IDENTITY, refreshed);
        return Optional.of(refreshed);
    }

    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            request.getSession(true).setAttribute(RETURN_TO, target);
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session expired: Faces' client follows only this kind of redirect.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "\"/></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        // A path, not sendRedirect: the container would make it absolute with the request's Host header.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", login);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus refuseApiCall(HttpServletRequest request, HttpServletResponse response,
            String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"crmir\"");
        return ErrorStatusServlet.refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, detail);
    }

    /** Three Base64url parts: a JWS. Personal API tokens ({@code crm_…}) never look like one. */
    private static boolean looksLikeJwt(String token) {
        return token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    private static boolean isWebhook(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/webhooks/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
