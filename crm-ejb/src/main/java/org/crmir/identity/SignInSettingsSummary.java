package org.crmir.identity;

import java.io.Serializable;

/** The sign-in switch as the administrators' page shows it. */
public record SignInSettingsSummary(boolean passwordSignIn, Long breakGlassUserId, String breakGlassUsername,
        boolean singleSignOnConfigured, long version) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public boolean isPasswordSignIn() { return passwordSignIn; }
    public Long getBreakGlassUserId() { return breakGlassUserId; }
    public String getBreakGlassUsername() { return breakGlassUsername; }
    public boolean isSingleSignOnConfigured() { return singleSignOnConfigured; }
    public long getVersion() { return version; }
}
