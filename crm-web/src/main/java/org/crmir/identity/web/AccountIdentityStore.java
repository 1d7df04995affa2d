package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.crmir.identity.Authenticator;
import org.crmir.identity.SignedInUser;

/**
 * The local accounts: passwords (PBKDF2 hashes) and personal API tokens, both kept in CRMir's database.
 * An OpenID Connect mechanism can stand beside it later; it would bring its own identity.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<SignedInUser> user;
        if (credential instanceof UsernamePasswordCredential password) {
            user = authenticator.verifyPassword(password.getCaller(), password.getPasswordAsString());
        } else if (credential instanceof BearerTokenCredential bearer) {
            user = authenticator.verifyToken(bearer.getToken());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return user.map(u -> new CredentialValidationResult(u.username(), u.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
