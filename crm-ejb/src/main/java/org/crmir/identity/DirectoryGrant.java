package org.crmir.identity;

import java.io.Serializable;

/** A single sign-on user to ask the provider about, with the offline refresh token to ask with. */
public record DirectoryGrant(long userId, String username, String refreshToken) implements Serializable {
}
