package org.crmir.identity;

import java.io.Serializable;

/** A new API token: {@code secret} is shown to its user this once and stored nowhere. */
public record IssuedToken(long id, String name, String secret) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSecret() {
        return secret;
    }
}
