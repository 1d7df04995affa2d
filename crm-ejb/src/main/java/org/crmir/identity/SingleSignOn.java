package org.crmir.identity;

/**
 * Whether single sign-on is configured (and so whether password sign-in may be switched off): as
 * {@link OidcSettings} reads the environment, which stops the deployment when the configuration is half done.
 */
public final class SingleSignOn {

    private SingleSignOn() {
    }

    public static boolean configured() {
        return OidcSettings.current().isPresent();
    }
}
