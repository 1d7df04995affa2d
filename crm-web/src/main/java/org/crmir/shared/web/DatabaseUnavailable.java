package org.crmir.shared.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;

/**
 * Recognises a failure that only means "the database cannot be reached right now" (no connection could be made
 * or obtained, or it broke), so that callers answer 503 with {@code Retry-After} instead of a 500: nothing is
 * wrong with the request, and the same request will work once the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String DETAIL = "CRMir cannot reach its database right now. Nothing was changed;"
            + " try again in a minute.";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof jakarta.resource.ResourceException // the pool could not hand out a connection
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
