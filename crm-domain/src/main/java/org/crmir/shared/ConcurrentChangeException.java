package org.crmir.shared;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else saved the record after this user loaded it; nothing was written.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super("Someone else saved " + what + " after you opened it. Reload it and apply your change again.");
    }
}
