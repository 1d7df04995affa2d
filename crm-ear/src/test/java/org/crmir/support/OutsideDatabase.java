package org.crmir.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A database as a client-side test reaches it, over JDBC from outside the server: for tests that stop or kill
 * servers (whose datasource is gone then) or that must see the rows as a second server sees them. The database is
 * named by an environment variable that bin/crmir test sets, with the suite's user and password.
 */
public final class OutsideDatabase {

    private final String urlVariable;

    private OutsideDatabase(String urlVariable) {
        this.urlVariable = urlVariable;
    }

    /** The database whose JDBC URL is in this environment variable. */
    public static OutsideDatabase named(String urlVariable) {
        return new OutsideDatabase(urlVariable);
    }

    public Connection connect() throws SQLException {
        String url = System.getenv(urlVariable);
        assertTrue(url != null && !url.isBlank(), urlVariable + " names the test's database");
        return DriverManager.getConnection(url, System.getenv().getOrDefault("CRMIR_DB_USER", "crmir"),
                System.getenv().getOrDefault("CRMIR_DB_PASSWORD", "crmir"));
    }

    /** The first column of the first row of a query with these parameters, as a number. */
    public long number(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = prepared(db, sql, parameters);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Runs an insert, update or delete with these parameters; the rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = prepared(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
