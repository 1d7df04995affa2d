package org.crmir.shared.web;

import org.crmir.shared.DatabaseOutage;

/**
 * A failure that only means "the database cannot be reached right now" ({@link DatabaseOutage}) is answered 503
 * with {@code Retry-After} instead of a 500: nothing is wrong with the request, and the same request will work
 * once the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String DETAIL = "CRMir cannot reach its database right now. Nothing was changed;"
            + " try again in a minute.";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable thrown) {
        return DatabaseOutage.isCause(thrown);
    }
}
