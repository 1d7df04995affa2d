package org.crmir.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/** The application's database as an in-container test reads and sets it up: one statement, one value. */
public final class TestDatabase {

    private TestDatabase() {
    }

    private static DataSource database() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }

    public static void sql(String statement) throws Exception {
        try (Connection c = database().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The first column of the first row, as a number. */
    public static long number(String select) throws Exception {
        try (Connection c = database().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(select)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The first column of the first row, as text. */
    public static String text(String select) throws Exception {
        try (Connection c = database().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(select)) {
            r.next();
            return r.getString(1);
        }
    }
}
