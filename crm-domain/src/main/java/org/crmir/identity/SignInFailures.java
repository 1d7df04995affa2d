package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed password checks for one account name or one client address, and the lock they led to. Kept in
 * the database, not in memory, so that every node of a cluster (and a restarted one) counts the same failures.
 * Names are counted whether or not such an account exists, so a lock tells a stranger nothing about accounts.
 */
@Entity
@Table(name = "sign_in_failures")
public class SignInFailures implements Serializable {

    /** What is being counted: the name typed in, or the address the attempts came from. */
    public enum Kind {
        ACCOUNT(10), ADDRESS(30);

        private final int lockAfter;

        Kind(int lockAfter) {
            this.lockAfter = lockAfter;
        }

        /** Failed attempts within {@link #MEMORY} that lock this kind of subject. */
        public int lockAfter() {
            return lockAfter;
        }
    }

    /** Failures older than this are forgotten. */
    public static final Duration MEMORY = Duration.ofMinutes(15);
    /** How long a lock lasts unless an administrator lifts it sooner. */
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    /** Subjects longer than this cannot be a username or an address; they are not counted by name. */
    public static final int MAX_SUBJECT = 100;

    /** Failures before the answers start to slow down, and the longest pause. */
    private static final int SLOW_AFTER = 3;
    private static final Duration SLOWEST = Duration.ofSeconds(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInFailures() {
    }

    public SignInFailures(Kind kind, String subject) {
        this.kind = kind;
        this.subject = subject;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts one more failure; failures older than {@link #MEMORY}, or from before a lock that has run out, start
     * over. Returns true when this failure locks the subject.
     */
    public boolean recordFailure(Instant now) {
        boolean lockRanOut = lockedUntil != null && !now.isBefore(lockedUntil);
        if (lockRanOut || lastFailureAt == null || lastFailureAt.plus(MEMORY).isBefore(now)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= kind.lockAfter()) {
            lockedUntil = now.plus(LOCK_FOR);
            return true;
        }
        return false;
    }

    /** A right password forgets the failures of the name (never of the address: one good account must not reset it). */
    public void forget() {
        failures = 0;
        lockedUntil = null;
    }

    /**
     * How long the answer to a failed attempt is held back: nothing for the first few, then doubling from a quarter
     * of a second up to {@link #SLOWEST}, so that guessing gets slow long before the lock.
     */
    public static Duration slowDownAfter(int failures) {
        if (failures < SLOW_AFTER) {
            return Duration.ZERO;
        }
        long millis = 250L << Math.min(failures - SLOW_AFTER, 10);
        return millis >= SLOWEST.toMillis() ? SLOWEST : Duration.ofMillis(millis);
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getSubject() { return subject; }
    public int getFailures() { return failures; }
    public Instant getLastFailureAt() { return lastFailureAt; }
    public Instant getLockedUntil() { return lockedUntil; }
}
