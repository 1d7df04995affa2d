package org.crmir.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record asked for does not exist (or is not visible to the caller).
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
