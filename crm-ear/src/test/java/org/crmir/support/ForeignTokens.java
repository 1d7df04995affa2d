package org.crmir.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Tokens that look like the provider's but are signed with a key this test made: nothing may accept them. */
public final class ForeignTokens {

    private static final RSAKey KEY = generate();

    private ForeignTokens() {
    }

    /** A token for {@code subject} from {@code issuer} to {@code audience}, valid for five more minutes. */
    public static JWTClaimsSet.Builder claims(String issuer, String audience, String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("preferred_username", "mallory").claim("groups", List.of("crm-admins"));
    }

    public static String sign(JWTClaimsSet claims) {
        return sign(claims, KEY, KEY.getKeyID());
    }

    /** Signed with {@code key}, announced in the header as {@code keyId}. */
    public static String sign(JWTClaimsSet claims, RSAKey key, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId)
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new RSA key pair, for tests that give the provider a key of their own. */
    public static RSAKey newKey() {
        return generate();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("made-by-the-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
