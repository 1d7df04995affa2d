package org.crmir.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Ended sessions (sign-out, timeout, back-channel logout) leave the registry of provider sessions. */
@WebListener
public class SsoSessionListener implements HttpSessionListener {

    @Inject
    SsoSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SsoSession.SESSION_KEY) != null) {
            sessions.forget(event.getSession());
        }
    }
}
