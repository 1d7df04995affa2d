package org.crmir.identity.web;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password typed in, with the address they came from: failures are counted for both. */
public class SignInAttempt extends UsernamePasswordCredential {

    private final String clientAddress;

    public SignInAttempt(String username, Password password, String clientAddress) {
        super(username, password);
        this.clientAddress = clientAddress;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
