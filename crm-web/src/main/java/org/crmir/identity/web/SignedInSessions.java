package org.crmir.identity.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crmir.identity.SessionEnds;
import org.crmir.identity.SessionsToEnd;

/**
 * Every signed-in web session, by user, and those signed in through the provider also by the provider's session id
 * ({@code sid}): what ends them when access must end at once (a back-channel logout, a deactivated user, a
 * password set through a link, password sign-in switched off; the last three come from the services through
 * {@link SessionEnds}), and tells their open pages. Kept in memory: CRMir runs on one server; sessions leave it
 * when they end ({@link SignedInSessionListener}).
 */
@ApplicationScoped
public class SignedInSessions {

    /** Pushed on the user's channel as their session ends: their open pages load again, onto the sign-in page. */
    static final String SIGNED_OUT = "signedOut";

    @Inject
    @Push(channel = "notifications")
    PushContext userChannel;

    @Inject
    SessionEnds ends;

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Set<HttpSession>> byProviderSession = new ConcurrentHashMap<>();
    private final Consumer<SessionsToEnd> subscriber = this::end;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ends.subscribe(subscriber);
    }

    @PreDestroy
    void stop() {
        ends.unsubscribe(subscriber);
    }

    /** A session signed in with a password. */
    void register(HttpSession session, String username) {
        session.removeAttribute(SsoSession.SESSION_KEY); // from an earlier sign-in in this browser session
        forget(session);
        byUser.computeIfAbsent(username, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** A session signed in through the provider. */
    void register(HttpSession session, String username, SsoSession sso) {
        register(session, username);
        session.setAttribute(SsoSession.SESSION_KEY, sso);
        if (sso.providerSessionId() != null) {
            byProviderSession.computeIfAbsent(sso.providerSessionId(), k -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    /** The users with at least one signed-in session now. */
    public Set<String> signedInUsers() {
        return Set.copyOf(byUser.keySet());
    }

    /**
     * A back-channel logout: ends the sessions of this provider session, or (without one) every session of this
     * subject; how many.
     */
    int end(String providerSessionId, String subject) {
        if (providerSessionId == null && subject == null) {
            return 0;
        }
        Set<HttpSession> sessions = providerSessionId != null
                ? byProviderSession.getOrDefault(providerSessionId, Set.of())
                : byUser.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        // A subject given must match: a logout token never ends someone else's session.
        return end(sessions, session -> subject == null
                || session.getAttribute(SsoSession.SESSION_KEY) instanceof SsoSession sso
                && subject.equals(sso.subject()));
    }

    /** Ends the sessions a service asked to end, once its change was committed. */
    void end(SessionsToEnd ending) {
        Set<HttpSession> sessions = ending.username() != null
                ? byUser.getOrDefault(ending.username(), Set.of())
                : byUser.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        end(sessions, session -> session.getAttribute(CrmAuthenticationMechanism.SESSION_IDENTITY)
                instanceof SessionIdentity who
                && ending.covers(who.username(), session.getAttribute(SsoSession.SESSION_KEY) == null));
    }

    private int end(Set<HttpSession> sessions, Predicate<HttpSession> chosen) {
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions)) {
            try {
                if (!chosen.test(session)) {
                    continue;
                }
                // Pushed first: once the session has ended, Faces no longer knows its sockets.
                if (session.getAttribute(CrmAuthenticationMechanism.SESSION_IDENTITY) instanceof SessionIdentity who) {
                    userChannel.send(SIGNED_OUT, who.username());
                }
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                forget(session);
            }
        }
        return ended;
    }

    void forget(HttpSession session) {
        byUser.values().forEach(set -> set.remove(session));
        byProviderSession.values().forEach(set -> set.remove(session));
        byUser.values().removeIf(Set::isEmpty);
        byProviderSession.values().removeIf(Set::isEmpty);
    }
}
