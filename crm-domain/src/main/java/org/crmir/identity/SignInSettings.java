package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmir.shared.InvalidInputException;

/**
 * Whether people may sign in with a CRMir password (one row). When it is switched off, everybody signs in through
 * the company's provider, except one break-glass administrator, kept so that an outage of the provider cannot lock
 * everybody out.
 */
@Entity
@Table(name = "sign_in_settings")
public class SignInSettings implements Serializable {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "password_sign_in", nullable = false)
    private boolean passwordSignIn = true;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "break_glass_user_id")
    private UserAccount breakGlass;

    @Version
    private long version;

    protected SignInSettings() {
    }

    /** Everybody may sign in with a password again. */
    public void allowPasswords() {
        this.passwordSignIn = true;
        this.breakGlass = null;
    }

    /** Only {@code admin} may still sign in with a password; they must be an active administrator with one. */
    public void allowPasswordOnlyFor(UserAccount admin) {
        if (admin == null || !admin.isActive() || !admin.has(Role.ADMIN) || !admin.hasPassword()) {
            throw new InvalidInputException("breakGlass", "choose an active administrator who has a password");
        }
        this.passwordSignIn = false;
        this.breakGlass = admin;
    }

    /** Whether this user may sign in with a password under these settings. */
    public boolean allowsPasswordFor(String username) {
        return passwordSignIn || (breakGlass != null && breakGlass.getUsername().equals(username));
    }

    /** Whether this is the break-glass administrator's name while password sign-in is off for everyone else. */
    public boolean isBreakGlassWhileOff(String username) {
        return !passwordSignIn && breakGlass != null && breakGlass.getUsername().equals(username);
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("passwordSignIn", Boolean.toString(passwordSignIn));
        fields.put("breakGlass", breakGlass == null ? "none" : breakGlass.getUsername());
        return fields;
    }

    public boolean isPasswordSignIn() { return passwordSignIn; }
    public UserAccount getBreakGlass() { return breakGlass; }
    public long getVersion() { return version; }
}
