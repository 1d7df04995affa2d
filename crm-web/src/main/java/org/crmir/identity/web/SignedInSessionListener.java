package org.crmir.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Ended sessions (sign-out, timeout, ended on purpose) leave the registry of signed-in sessions. */
@WebListener
public class SignedInSessionListener implements HttpSessionListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        // Always: signing out removes the identity from the session before ending it.
        sessions.forget(event.getSession());
    }
}
