package org.crmir.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATE, UPDATE, ARCHIVE, REACTIVATE, DELETE, DEACTIVATE, ACTIVATE, PASSWORD_RESET, TOKEN_CREATE, TOKEN_REVOKE, LOCK, UNLOCK,
    INVITE, INVITE_CANCEL
}
