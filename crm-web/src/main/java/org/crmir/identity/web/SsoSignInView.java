package org.crmir.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmir.identity.OidcSettings;

/** The sign-in page's "Sign in with …" button, and what it says when a sign-in through the provider was refused. */
@Named("ssoSignIn")
@RequestScoped
public class SsoSignInView {

    @Inject
    ExternalContext external;

    public boolean isOffered() {
        return OidcSettings.current().isPresent();
    }

    public String getProviderName() {
        return OidcSettings.current().map(OidcSettings::providerName).orElse("");
    }

    /** The message for {@code ?sso=} on the sign-in page, or null. */
    public String getRefusal() {
        String reason = external.getRequestParameterMap().get("sso");
        if (reason == null || !isOffered()) {
            return null;
        }
        String provider = getProviderName();
        return switch (reason) {
            case "no-role" -> "Your account at " + provider + " is in no group that gives access to CRMir."
                    + " Ask your administrator to add you to one.";
            case "inactive" -> "Your CRMir account is deactivated. Ask an administrator to activate it.";
            case "unavailable" -> provider + " cannot be reached right now. Try again in a moment.";
            case "failed" -> "Signing in with " + provider + " did not work. Please try again.";
            default -> null;
        };
    }
}
