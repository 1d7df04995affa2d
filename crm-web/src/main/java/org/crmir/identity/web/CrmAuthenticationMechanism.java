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
import org.crmir.shared.web.DatabaseUnavailable;
import org.crmir.shared.web.ErrorStatusServlet;

/**
 * How a request proves who sent it. The REST API ({@code /api/}) takes only personal tokens
 * ({@code Authorization: Bearer}), never the session cookie, so that no other site can make a browser call it.
 * The web UI signs in with username and password on the sign-in page and then rides on the HTTP session; an
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
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    Authenticator authenticator;

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
            CredentialValidationResult result =
                    identityStores.validate(new BearerTokenCredential(authorization.substring(7).strip()));
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
        request.getSession(true).setAttribute(SESSION_IDENTITY,
                new SessionIdentity(username, new HashSet<>(result.getCallerGroups()), Instant.now()));
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<SessionIdentity> sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity)) {
            return Optional.empty();
        }
        if (identity.checkedAt().plus(RECHECK_AFTER).isAfter(Instant.now())) {
            return Optional.of(identity);
        }
        Optional<SignedInUser> still = authenticator.current(identity.username());
        if (still.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        SessionIdentity refreshed = new SessionIdentity(identity.username(), new HashSet<>(still.get().roles()),
                Instant.now());
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

    private static boolean isWebhook(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/webhooks/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
