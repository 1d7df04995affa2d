package org.crmir.shared.api;

import jakarta.ejb.EJBException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} header on creates. When two requests with one key race, the loser's transaction
 * fails on the key's unique index after the winner commits; calling it once more replays the winner's result.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    public static <T> T create(String key, Supplier<T> create) {
        try {
            return create.get();
        } catch (EJBException failed) {
            if (key == null || !isDuplicateKey(failed)) {
                throw failed;
            }
            return create.get();
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
