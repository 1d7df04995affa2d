package org.crmir.identity;

/**
 * What a user may do. ADMIN manages users and sees the audit trail; SALES works clients, quotes and contracts;
 * FINANCE invoices and payments; SUPPORT talks to clients; VIEWER only reads.
 */
public enum Role {
    ADMIN, SALES, FINANCE, SUPPORT, VIEWER;

    /**
     * Whether someone with these roles follows their own clients only (their calendar): a salesperson; anyone who
     * also handles finance or administers sees every client.
     */
    public static boolean ownClientsOnly(java.util.Set<Role> roles) {
        return roles.contains(SALES) && !roles.contains(FINANCE) && !roles.contains(ADMIN);
    }

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SALES = "SALES";
        public static final String FINANCE = "FINANCE";
        public static final String SUPPORT = "SUPPORT";
        public static final String VIEWER = "VIEWER";

        private Names() {
        }
    }
}
