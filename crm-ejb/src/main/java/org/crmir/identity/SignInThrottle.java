package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;

/**
 * Counts failed password checks per account name and per client address in the database (the rows are locked
 * while they change, so concurrent attempts on several nodes count exactly), and locks a name or an address that
 * fails too often. Called only by the services that check passwords, inside their transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SignInThrottle {

    public static final String ENTITY = "SignInLock";
    private static final String ACTOR = "sign-in";

    /** What one failed attempt led to: whether it locked a name or an address, and how long to hold the answer. */
    public record Failure(boolean locked, Duration slowDown) implements Serializable {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Whether the name or the address (either may be null) is locked now. */
    public boolean isLocked(String account, String address) {
        Instant now = Instant.now();
        return rows(account, address, false).stream().anyMatch(row -> row.isLocked(now));
    }

    /** Counts a failure against the name and the address; audits each lock it causes. */
    public Failure failed(String account, String address) {
        Instant now = Instant.now();
        boolean locked = false;
        int accountFailures = 0;
        for (SignInFailures row : rows(account, address, true)) {
            if (row.recordFailure(now)) {
                locked = true;
                audit.record(ACTOR, ENTITY, row.getId(), AuditAction.LOCK, Map.of(), Map.of(
                        row.getKind().name().toLowerCase(java.util.Locale.ROOT), row.getSubject(),
                        "failures", String.valueOf(row.getFailures()),
                        "lockedUntil", row.getLockedUntil().toString()));
            }
            if (row.getKind() == SignInFailures.Kind.ACCOUNT) {
                accountFailures = row.getFailures();
            }
        }
        return new Failure(locked, locked ? Duration.ZERO : SignInFailures.slowDownAfter(accountFailures));
    }

    /**
     * As {@link #failed}, in a transaction of its own: for a caller whose own transaction rolls back with the
     * refusal it then throws (a wrong current password), so that the failure still counts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Failure failedApart(String account, String address) {
        return failed(account, address);
    }

    /**
     * A right password: false if a lock came into force while it was checked (the attempt is refused like any
     * other during a lock), otherwise the name's failures are forgotten.
     */
    public boolean succeeded(String account, String address) {
        Instant now = Instant.now();
        List<SignInFailures> rows = rows(account, address, false);
        if (rows.isEmpty()) {
            return true;
        }
        rows = rows(account, address, true);
        if (rows.stream().anyMatch(row -> row.isLocked(now))) {
            return false;
        }
        rows.stream().filter(row -> row.getKind() == SignInFailures.Kind.ACCOUNT).forEach(SignInFailures::forget);
        return true;
    }

    /** The rows of the name and the address that exist; with {@code lock}, created if missing and locked. */
    private List<SignInFailures> rows(String account, String address, boolean lock) {
        List<SignInFailures> rows = new ArrayList<>(2);
        row(SignInFailures.Kind.ACCOUNT, account, lock).ifPresent(rows::add);
        row(SignInFailures.Kind.ADDRESS, address, lock).ifPresent(rows::add);
        return rows;
    }

    private java.util.Optional<SignInFailures> row(SignInFailures.Kind kind, String subject, boolean lock) {
        if (subject == null || subject.isEmpty() || subject.length() > SignInFailures.MAX_SUBJECT) {
            return java.util.Optional.empty();
        }
        if (lock) {
            // Insert-if-missing in one statement: two nodes failing the same new name at once both end on one row.
            em.createNativeQuery("INSERT INTO sign_in_failures (kind, subject, failures) VALUES (?, ?, 0)"
                            + " ON DUPLICATE KEY UPDATE id = id")
                    .setParameter(1, kind.name()).setParameter(2, subject).executeUpdate();
        }
        var query = em.createQuery("SELECT f FROM SignInFailures f WHERE f.kind = :kind AND f.subject = :subject",
                        SignInFailures.class)
                .setParameter("kind", kind).setParameter("subject", subject);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
