package org.crmir.identity;

/**
 * Whether single sign-on is configured: read from the environment here until the single sign-on settings class of
 * issue 13 takes this over.
 */
public final class SingleSignOn {

    private SingleSignOn() {
    }

    public static boolean configured() {
        String issuer = System.getenv("CRMIR_OIDC_ISSUER");
        return issuer != null && !issuer.isBlank();
    }
}
