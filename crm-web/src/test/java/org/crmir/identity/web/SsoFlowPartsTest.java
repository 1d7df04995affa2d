package org.crmir.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoFlowPartsTest {

    @Test
    void theCodeChallengeIsRfc7636s() {
        // RFC 7636, appendix B
        PendingSignIn pending = new PendingSignIn("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                Instant.now());
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pending.codeChallenge());
    }

    @Test
    void eachSignInHasItsOwnStateNonceAndVerifier() {
        PendingSignIn one = PendingSignIn.start();
        PendingSignIn two = PendingSignIn.start();
        assertNotEquals(one.state(), two.state());
        assertNotEquals(one.state(), one.nonce());
        assertEquals(43, one.codeVerifier().length()); // 32 random bytes
    }

    @Test
    void onlyTheSameFreshStateAnswersASignIn() {
        PendingSignIn pending = PendingSignIn.start();
        assertTrue(pending.answeredBy(pending.state()));
        assertFalse(pending.answeredBy(pending.state() + "x"));
        assertFalse(pending.answeredBy(null));
        PendingSignIn old = new PendingSignIn("s", "n", "v", Instant.now().minus(Duration.ofMinutes(16)));
        assertFalse(old.answeredBy("s"));
    }

    @Test
    void groupsAreReadFromAListAStringOrADottedPath() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("groups", List.of("crm-sales", "staff"))
                .claim("hd", "example.com").claim("realm_access", Map.of("roles", List.of("crm-admins"))).build();
        assertEquals(List.of("crm-sales", "staff"), OidcTokens.groups(claims, "groups"));
        assertEquals(List.of("example.com"), OidcTokens.groups(claims, "hd"));
        assertEquals(List.of("crm-admins"), OidcTokens.groups(claims, "realm_access.roles"));
        assertEquals(List.of(), OidcTokens.groups(claims, "roles"));
    }
}
