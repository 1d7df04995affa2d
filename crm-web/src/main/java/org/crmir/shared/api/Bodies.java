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

    /** A value the body must carry; without it, a 422 naming {@code field}. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** The version an update was read at: without it the update could silently overwrite someone else's. */
    public static long readVersion(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you last read");
        }
        return version;
    }
}
