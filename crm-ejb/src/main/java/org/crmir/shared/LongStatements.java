package org.crmir.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A connection's socket timeout lifted for statements that take minutes (an operator's rebuild over every row, a
 * finance report's select over a year of invoices), and put back when done: the pool's 60 s is there to notice a
 * database that went silent under a page, not to cut a long statement short. Use it in try-with-resources around
 * the statements, before the connection goes back to the pool.
 */
public final class LongStatements implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LongStatements.class.getName());

    private final Connection connection;
    private final int usual;

    private LongStatements(Connection connection, int usual) {
        this.connection = connection;
        this.usual = usual;
    }

    /** Lifts {@code connection}'s network timeout to {@code longest} until {@link #close}. */
    public static LongStatements allowing(Connection connection, Duration longest) throws SQLException {
        int usual = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, longest.toMillis()));
        return new LongStatements(connection, usual);
    }

    /** Puts the usual timeout back. */
    @Override
    public void close() {
        try {
            connection.setNetworkTimeout(Runnable::run, usual);
        } catch (SQLException e) {
            // A statement that failed may have taken the connection with it: its own exception is the one to report.
            LOG.fine(() -> "The connection's timeout was not put back after a long statement: " + e);
        }
    }
}
