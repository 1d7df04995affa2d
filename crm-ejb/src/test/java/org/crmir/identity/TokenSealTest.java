package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenSealTest {

    @BeforeAll
    static void dataFolder() throws Exception {
        // Without CRMIR_OIDC_TOKEN_KEY the key file is made in the server's data folder: a fresh one here.
        System.setProperty("jboss.server.data.dir", Files.createTempDirectory("seal").toString());
    }

    @Test
    void aSealedTokenOpensToItselfAndShowsNothingOfIt() {
        String token = "eyJhbGciOiJIUzI1NiJ9.offline-refresh-token.signature";
        String sealed = TokenSeal.seal(token);
        assertFalse(sealed.contains("offline-refresh-token"));
        assertNotEquals(sealed, TokenSeal.seal(token), "the same nonce was used twice");
        assertEquals(token, TokenSeal.open(sealed));
        assertEquals(32, java.util.Base64.getDecoder().decode(readKey()).length);
    }

    @Test
    void anAlteredSealDoesNotOpen() {
        String sealed = TokenSeal.seal("refresh-token");
        int inside = sealed.indexOf('.') + 3; // a character of the ciphertext whose six bits all count
        char changed = sealed.charAt(inside) == 'A' ? 'B' : 'A';
        assertNull(TokenSeal.open(sealed.substring(0, inside) + changed + sealed.substring(inside + 1)));
        assertNull(TokenSeal.open("not sealed at all"));
    }

    private static String readKey() {
        try {
            return Files.readString(Path.of(System.getProperty("jboss.server.data.dir"), "crmir", "sso-token.key"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
