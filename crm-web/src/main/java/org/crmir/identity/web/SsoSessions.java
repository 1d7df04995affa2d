package org.crmir.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions signed in through the provider, by the provider's session id ({@code sid}) and by subject,
 * so that a back-channel logout can end them. Kept in memory: CRMir runs on one server; sessions leave it when
 * they end ({@link SsoSessionListener}).
 */
@ApplicationScoped
public class SsoSessions {

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
