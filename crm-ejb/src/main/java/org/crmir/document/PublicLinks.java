package org.crmir.document;

import java.util.Optional;
import org.crmir.shared.PublicAddress;
import org.crmir.shared.RandomSecrets;

/**
 * Where public links start and what they carry. A link is built from {@code CRMIR_PUBLIC_URL} only, never from a
 * request's Host header, which the client chooses; without it CRMir cannot know how the world reaches it, so
 * there is no link to give out. The token is the holder's only authority, so it is long and random.
 */
public final class PublicLinks {

    /** The environment variable with the address the world reaches CRMir at. */
    public static final String PUBLIC_URL = PublicAddress.VARIABLE;

    private PublicLinks() {
    }

    /** Where the world reaches CRMir, without a trailing slash; empty when not configured. */
    public static Optional<String> publicUrl() {
        return PublicAddress.url();
    }

    /** A new unguessable token for a document's public link (256 random bits, URL-safe). */
    public static String newToken() {
        return RandomSecrets.urlSafe(32);
    }
}
