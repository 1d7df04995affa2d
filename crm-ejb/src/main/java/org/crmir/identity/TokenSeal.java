package org.crmir.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the provider's refresh tokens before they go into the database (AES-256-GCM, a random 96-bit nonce each
 * time), so that a copy of the database is no token to the provider. The key is {@code CRMIR_OIDC_TOKEN_KEY}
 * (Base64 of 32 bytes) or, without it, a key file made once in the server's data folder
 * ({@code crmir/sso-token.key}, readable by the server's user only).
 */
final class TokenSeal {

    static final String KEY_VARIABLE = "CRMIR_OIDC_TOKEN_KEY";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final class Holder {
        static final SecretKey KEY = loadKey();
    }

    private TokenSeal() {
    }

    static String seal(String token) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, Holder.KEY, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(nonce) + "." + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a token", e);
        }
    }

    /** The token, or null when it was sealed with another key (the key was changed) or altered. */
    static String open(String sealed) {
        int dot = sealed.indexOf('.');
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, Holder.KEY, new GCMParameterSpec(TAG_BITS,
                    Base64.getDecoder().decode(sealed.substring(0, dot))));
            return new String(cipher.doFinal(Base64.getDecoder().decode(sealed.substring(dot + 1))),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static SecretKey loadKey() {
        String configured = System.getenv(KEY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return key(configured.strip(), KEY_VARIABLE);
        }
        Path file = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "crmir", "sso-token.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another thread made it first: read that one
                }
            }
            return key(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the token key " + file, e);
        }
    }

    private static SecretKey key(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be the Base64 of 32 random bytes (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
