package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.util.Optional;
import org.crmir.identity.Authenticator;
import org.crmir.identity.PasswordCheck;
import org.crmir.identity.SignedInUser;

/**
 * The local accounts: passwords (PBKDF2 hashes) and personal API tokens, both kept in CRMir's database.
 * Password guessing is throttled per name and per client address ({@link SignInAttempt}).
 * Identities from the OpenID Connect provider do not pass through here: the mechanism checks their tokens itself
 * ({@link OidcTokens}) and provisions them ({@code SsoProvisioning}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<SignedInUser> user;
        if (credential instanceof UsernamePasswordCredential password) {
            String address = credential instanceof SignInAttempt attempt ? attempt.getClientAddress() : null;
            PasswordCheck check = authenticator.verifyPassword(password.getCaller(), password.getPasswordAsString(),
                    address);
            holdBack(check.slowDown());
            user = check.user();
        } else if (credential instanceof BearerTokenCredential bearer) {
            user = authenticator.verifyToken(bearer.getToken());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return user.map(u -> new CredentialValidationResult(u.username(), u.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Slows down repeated guessing; outside any transaction, so no connection or row lock is held meanwhile. */
    private static void holdBack(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
