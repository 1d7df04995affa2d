package org.crmir.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/** What the figures ITs compare the figures with: plain SQL over the source rows, through the application's pool. */
final class FiguresSql {

    private FiguresSql() {
    }

    /** {@code AND <clients>.owner_id = ...} when the scope is one owner's, else nothing. */
    static String owner(FigureScope scope, String clients) {
        return scope.ownerId() == null ? "" : " AND " + clients + ".owner_id = " + scope.ownerId();
    }

    /** Runs the statement once every change committed so far is in the summary tables. */
    static void sql(String statement) throws Exception {
        foldPending();
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    /** The rows of the query, once every change committed so far is in the summary tables. */
    static List<Object[]> list(String query) throws Exception {
        foldPending();
        List<Object[]> result = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                result.add(row);
            }
        }
        return result;
    }

    /** Rows by their first column. */
    static Map<String, Object[]> rows(String query) throws Exception {
        Map<String, Object[]> byKey = new HashMap<>();
        for (Object[] row : list(query)) {
            byKey.put(String.valueOf(row[0]), row);
        }
        return byKey;
    }

    static long scalar(String query) throws Exception {
        List<Object[]> rows = list(query);
        return rows.isEmpty() || rows.get(0)[0] == null ? 0 : ((Number) rows.get(0)[0]).longValue();
    }

    /** The count (second column) of the row of {@code key}; 0 without one. */
    static long count(Map<String, Object[]> rows, String key) {
        return sum(rows, key, 1);
    }

    static long sum(Map<String, Object[]> rows, String key, int column) {
        Object[] row = rows.get(key);
        return row == null || row[column] == null ? 0 : ((Number) row[column]).longValue();
    }

    /** Until no message of these clients is on its way: its status would move during a check. */
    static void settled(java.time.Duration patience, long... clientIds) throws Exception {
        String ids = java.util.Arrays.stream(clientIds).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        org.crmir.support.Eventually.until(patience, () -> scalar("SELECT COUNT(*) FROM interactions WHERE client_id"
                + " IN (" + ids + ") AND status IN ('QUEUED', 'SENDING')"), n -> n == 0);
    }

    /** The summary tables are written a moment after each commit ({@link PendingFigures}): the test reads them now. */
    static void foldPending() {
        jakarta.enterprise.inject.spi.CDI.current().select(FigureFolding.class).get().foldAll();
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }
}
