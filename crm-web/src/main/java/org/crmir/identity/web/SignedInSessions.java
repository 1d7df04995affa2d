package org.crmir.identity.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import org.crmir.identity.SessionEnds;
import org.crmir.identity.SessionsToEnd;

/**
 * Every signed-in web session, by user, and those signed in through the provider also by the provider's session id
 * ({@code sid}): what ends them when access must end at once (a back-channel logout, a deactivated user, a
 * password set through a link, password sign-in switched off; the last three come from the services through
 * {@link SessionEnds}), and tells their open pages. Kept in memory, per node, by session id; sessions leave it
 * when they end ({@link SignedInSessionListener}). On a cluster the endings reach every node ({@link SessionsToEnd}
 * is pushed to the others), and a session that moved here from a node that died is registered at its first request
 * here ({@link #seen}).
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

    private final Map<String, Map<String, HttpSession>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Map<String, HttpSession>> byProviderSession = new ConcurrentHashMap<>();
    private final Consumer<SessionsToEnd> subscriber = this::end;

    /**
     * The endings of the last day, with when they were committed here: a session signed in before one that covers it
     * is ended at its next request ({@link #endedSince}). Needed on a cluster, where a session this node holds may
     * not be ended from outside its request (a distributable session is not reachable there), and where a session
     * may move here after its ending reached the node it was on. Endings are rare administrator actions: a few.
     */
    private final Deque<Ending> endings = new ConcurrentLinkedDeque<>();

    private record Ending(SessionsToEnd what, Instant at) {
    }

    static final Duration ENDINGS_KEPT = Duration.ofDays(1);

    /** On a cluster (the HA profile sets {@code crmir.cluster}) sessions are distributable: see {@link #end}. */
    private static final boolean CLUSTERED = Boolean.getBoolean("crmir.cluster");

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
        byUser.computeIfAbsent(username, k -> new ConcurrentHashMap<>()).put(session.getId(), session);
    }

    /** A session signed in through the provider. */
    void register(HttpSession session, String username, SsoSession sso) {
        register(session, username);
        session.setAttribute(SsoSession.SESSION_KEY, sso);
        if (sso.providerSessionId() != null) {
            byProviderSession.computeIfAbsent(sso.providerSessionId(), k -> new ConcurrentHashMap<>())
                    .put(session.getId(), session);
        }
    }

    /**
     * A signed-in session's request: registered if this node does not know it yet (it moved here from a node that
     * died), so that endings reach it here too. A lookup per request.
     */
    void seen(HttpSession session, String username) {
        Map<String, HttpSession> sessions = byUser.get(username);
        if (sessions != null && sessions.containsKey(session.getId())) {
            return;
        }
        byUser.computeIfAbsent(username, k -> new ConcurrentHashMap<>()).put(session.getId(), session);
        if (session.getAttribute(SsoSession.SESSION_KEY) instanceof SsoSession sso && sso.providerSessionId() != null) {
            byProviderSession.computeIfAbsent(sso.providerSessionId(), k -> new ConcurrentHashMap<>())
                    .put(session.getId(), session);
        }
    }

    /** The users with at least one signed-in session now. */
    public Set<String> signedInUsers() {
        return Set.copyOf(byUser.keySet());
    }

    /**
     * Ends the sessions a service (or the provider's logout) asked to end, once its change was committed. Each user
     * concerned is told once, before their sessions end (once a session has ended, Faces no longer knows its
     * sockets); the user named is told even with no session here, as their page may be here after a failover.
     */
    void end(SessionsToEnd ending) {
        Instant now = Instant.now();
        endings.addLast(new Ending(ending, now));
        while (!endings.isEmpty() && endings.peekFirst().at().isBefore(now.minus(ENDINGS_KEPT))) {
            endings.pollFirst();
        }
        if (CLUSTERED) {
            // A distributable session is read and written in its own requests only. Read from here (a message
            // thread), its attributes were written back where Faces' session beans cannot be marshalled, and the
            // failed write held the session's lock: the user's next request failed instead of signing them out
            // (ClusterIT). So only their pages are told; endedSince ends each session at its next request.
            usersOf(ending).forEach(username -> userChannel.send(SIGNED_OUT, username));
            return;
        }
        List<HttpSession> chosen = ending.isProviderLogout() ? providerLogout(ending) : covered(ending);
        Set<String> told = new LinkedHashSet<>();
        if (ending.username() != null) {
            told.add(ending.username());
        }
        chosen.forEach(session -> {
            if (identity(session) instanceof SessionIdentity who) {
                told.add(who.username());
            }
        });
        told.forEach(username -> userChannel.send(SIGNED_OUT, username)); // their pages reload, onto the sign-in page
        chosen.forEach(this::invalidate);
    }

    /**
     * The users an ending concerns, from this node's registry alone (no session read): the user it names, every
     * user with a session of the provider session it names, or, for everyone's, each user it can cover. Without a
     * provider session a logout's subject is known only inside the sessions: its pages are not told, and its sessions
     * end at their next request all the same.
     */
    private Set<String> usersOf(SessionsToEnd ending) {
        Set<String> users = new LinkedHashSet<>();
        if (ending.username() != null) {
            users.add(ending.username());
        } else if (!ending.isProviderLogout()) {
            byUser.keySet().stream().filter(user -> ending.covers(user, true)).forEach(users::add);
        } else if (ending.providerSessionId() != null) {
            Set<String> ids = byProviderSession.getOrDefault(ending.providerSessionId(), Map.of()).keySet();
            byUser.forEach((user, sessions) -> {
                if (sessions.keySet().stream().anyMatch(ids::contains)) {
                    users.add(user);
                }
            });
        }
        return users;
    }

    /** The sessions a service's ending covers: of its user (or everyone's), by how they signed in. */
    private List<HttpSession> covered(SessionsToEnd ending) {
        Collection<HttpSession> sessions = ending.username() != null
                ? byUser.getOrDefault(ending.username(), Map.of()).values()
                : everySession();
        return sessions.stream().filter(session -> identity(session) instanceof SessionIdentity who
                && ending.covers(who.username(), attribute(session, SsoSession.SESSION_KEY) == null)).toList();
    }

    /**
     * A back-channel logout's sessions: those of its provider session, or (without one) every session of its subject.
     * A subject given must match: a logout token never ends someone else's session.
     */
    private List<HttpSession> providerLogout(SessionsToEnd ending) {
        if (ending.providerSessionId() == null && ending.subject() == null) {
            return List.of();
        }
        Collection<HttpSession> sessions = ending.providerSessionId() != null
                ? byProviderSession.getOrDefault(ending.providerSessionId(), Map.of()).values()
                : everySession();
        return sessions.stream().filter(session -> ending.subject() == null
                || attribute(session, SsoSession.SESSION_KEY) instanceof SsoSession sso
                && ending.subject().equals(sso.subject())).toList();
    }

    /** Whether an ending committed after this session signed in covers it: it must end at this request. */
    boolean endedSince(HttpSession session, SessionIdentity who) {
        if (endings.isEmpty() || who.signedInAt() == null) {
            return false;
        }
        SsoSession sso = session.getAttribute(SsoSession.SESSION_KEY) instanceof SsoSession s ? s : null;
        for (Ending ending : endings) {
            if (ending.at().isAfter(who.signedInAt()) && covers(ending.what(), who.username(), sso)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(SessionsToEnd ending, String username, SsoSession sso) {
        if (!ending.isProviderLogout()) {
            return ending.covers(username, sso == null);
        }
        if (sso == null) {
            return false;
        }
        boolean sameSubject = ending.subject() == null || ending.subject().equals(sso.subject());
        return sameSubject && (ending.providerSessionId() == null
                || ending.providerSessionId().equals(sso.providerSessionId()));
    }

    private List<HttpSession> everySession() {
        return byUser.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            forget(session);
        }
    }

    private static Object identity(HttpSession session) {
        return attribute(session, CrmAuthenticationMechanism.SESSION_IDENTITY);
    }

    /** An attribute, or null for a session that has just ended. */
    private static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException alreadyEnded) {
            return null;
        }
    }

    void forget(HttpSession session) {
        String id = session.getId();
        byUser.values().forEach(sessions -> sessions.remove(id));
        byProviderSession.values().forEach(sessions -> sessions.remove(id));
        byUser.values().removeIf(Map::isEmpty);
        byProviderSession.values().removeIf(Map::isEmpty);
    }
}
