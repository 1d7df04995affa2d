package org.crmir.identity;

import java.io.Serializable;
import java.time.Instant;

/** A name or an address that may not sign in until {@code lockedUntil}, as the users page lists it. */
public record SignInLock(long id, SignInFailures.Kind kind, String subject, int failures, Instant lockedUntil)
        implements Serializable {

    static SignInLock of(SignInFailures row) {
        return new SignInLock(row.getId(), row.getKind(), row.getSubject(), row.getFailures(), row.getLockedUntil());
    }

    /** "Account" or "Address", for people. */
    public String kindLabel() {
        return kind == SignInFailures.Kind.ACCOUNT ? "Account" : "Address";
    }

    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public long getId() { return id; }
    public String getKindLabel() { return kindLabel(); }
    public String getSubject() { return subject; }
    public int getFailures() { return failures; }
    public Instant getLockedUntil() { return lockedUntil; }
}
