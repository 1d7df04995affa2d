package org.crmir.shared;

import jakarta.ejb.SessionContext;
import java.security.Principal;

/** The name of whoever calls a service, as the audit trail records it. */
public final class Caller {

    private Caller() {
    }

    public static String nameOf(SessionContext context) {
        Principal principal = context.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
