package org.crmir.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATE, UPDATE, ARCHIVE, REACTIVATE, DELETE, DEACTIVATE, ACTIVATE, PASSWORD_RESET, TOKEN_CREATE, TOKEN_REVOKE, LOCK, UNLOCK,
    INVITE, INVITE_CANCEL,
    /** A sign-in through the OpenID Connect provider; password sign-ins are not audited one by one. */
    SIGN_IN, SIGN_IN_REFUSED
}
