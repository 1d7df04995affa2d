package org.crmir.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A long statement's connection waits minutes, and has its usual timeout back afterwards, even after a failure. */
class LongStatementsTest {

    /** A JDBC connection that only keeps its network timeout. */
    private static Connection connectionWithTimeout(int[] timeout) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getNetworkTimeout" -> timeout[0];
                    case "setNetworkTimeout" -> {
                        timeout[0] = (Integer) args[1];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theTimeoutIsLiftedForTheStatementsAndPutBackAfter() throws Exception {
        int[] timeout = {60_000};
        Connection connection = connectionWithTimeout(timeout);
        try (LongStatements lifted = LongStatements.allowing(connection, Duration.ofMinutes(30))) {
            assertEquals(1_800_000, timeout[0]);
        }
        assertEquals(60_000, timeout[0]);
    }

    @Test
    void theTimeoutIsPutBackWhenTheStatementFails() {
        int[] timeout = {60_000};
        Connection connection = connectionWithTimeout(timeout);
        assertThrows(IllegalStateException.class, () -> {
            try (LongStatements lifted = LongStatements.allowing(connection, Duration.ofMinutes(30))) {
                throw new IllegalStateException("the select failed");
            }
        });
        assertEquals(60_000, timeout[0]);
    }
}
