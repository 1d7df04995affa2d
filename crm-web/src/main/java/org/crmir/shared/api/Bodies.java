package org.crmir.shared.api;

import org.crmir.shared.InvalidInputException;

/** Request bodies: a write without one is a 422 with a plain message, not a NullPointerException. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "the request needs a JSON body");
        }
        return body;
    }
}
