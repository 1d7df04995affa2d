package org.crmir.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions signed in through the provider, by the provider's session id ({@code sid}) and by subject,
 * so that a back-channel logout can end them, and tell their open pages. Kept in memory: CRMir runs on one server; sessions leave it when
 * they end ({@link SsoSessionListener}).
 */
@ApplicationScoped
public class SsoSessions {

    /** Pushed on the user's channel as their session ends: their open pages load again, onto the sign-in page. */
    static final String SIGNED_OUT = "signedOut";

    @Inject
    @Push(channel = "notifications")
    PushContext userChannel;

    private final Map<String, Set<HttpSession>> byProviderSession = new ConcurrentHashMap<>();
    private final Map<String, Set<HttpSession>> bySubject = new ConcurrentHashMap<>();

    void register(HttpSession session, SsoSession sso) {
        session.setAttribute(SsoSession.SESSION_KEY, sso);
        if (sso.providerSessionId() != null) {
            byProviderSession.computeIfAbsent(sso.providerSessionId(), k -> ConcurrentHashMap.newKeySet()).add(session);
        }
        bySubject.computeIfAbsent(sso.subject(), k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends the sessions of this provider session, or (without one) every session of this subject; how many. */
    int end(String providerSessionId, String subject) {
        Set<HttpSession> sessions = providerSessionId != null
                ? byProviderSession.getOrDefault(providerSessionId, Set.of())
                : bySubject.getOrDefault(subject, Set.of());
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions)) {
            // A subject given beside the session must match: a token never ends someone else's session.
            if (subject != null && session.getAttribute(SsoSession.SESSION_KEY) instanceof SsoSession sso
                    && !subject.equals(sso.subject())) {
                continue;
            }
            try {
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
        byProviderSession.values().forEach(set -> set.remove(session));
        bySubject.values().forEach(set -> set.remove(session));
        byProviderSession.values().removeIf(Set::isEmpty);
        bySubject.values().removeIf(Set::isEmpty);
    }
}
