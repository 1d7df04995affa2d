package org.crmir.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request that the current state of a record does not allow, such as archiving an archived client.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
