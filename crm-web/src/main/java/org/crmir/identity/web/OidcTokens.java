package org.crmir.identity.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmir.identity.OidcSettings;
import org.crmir.identity.SsoIdentity;

/**
 * The three kinds of tokens CRMir takes from the provider, each checked for what its kind must be: signed by one
 * of the provider's keys, issued by the configured issuer, meant for CRMir ({@code aud}), in date. An ID token
 * must also carry the nonce of the sign-in it answers; an access token must not be an ID token; a logout token
 * carries the back-channel logout event, a session or subject, and no nonce (OIDC Back-Channel Logout 2.6).
 */
@ApplicationScoped
public class OidcTokens {

    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration LOGOUT_TOKEN_MAX_AGE = Duration.ofMinutes(5);

    @Inject
    OidcProvider provider;

    /** The claims of an ID token answering the sign-in that sent {@code nonce}. */
    public JWTClaimsSet checkIdToken(String idToken, String nonce) {
        if (nonce == null || nonce.isBlank()) {
            throw new OidcException("No nonce to check the ID token against");
        }
        OidcSettings settings = provider.settings();
        return check(idToken, new DefaultJWTClaimsVerifier<>(Set.of(settings.clientId()),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp"), Set.of()), "ID token");
    }

    /** The claims of an access token sent to the API. */
    public JWTClaimsSet checkAccessToken(String accessToken) {
        OidcSettings settings = provider.settings();
        JWTClaimsSet claims = check(accessToken, new DefaultJWTClaimsVerifier<>(Set.of(settings.audience()),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp"),
                Set.of("nonce")), "access token");
        if ("ID".equals(OidcProvider.stringClaim(claims, "typ"))) {
            throw new OidcException("An ID token is not an access token");
        }
        return claims;
    }

    /** The claims of a back-channel logout token. */
    public JWTClaimsSet checkLogoutToken(String logoutToken) {
        OidcSettings settings = provider.settings();
        JWTClaimsSet claims = check(logoutToken, new DefaultJWTClaimsVerifier<>(Set.of(settings.clientId()),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("iat"),
                Set.of("nonce")), "logout token");
        Object events = claims.getClaim("events");
        if (!(events instanceof Map<?, ?> map) || !map.containsKey(BACKCHANNEL_LOGOUT_EVENT)) {
            throw new OidcException("The logout token carries no back-channel logout event");
        }
        if (claims.getSubject() == null && OidcProvider.stringClaim(claims, "sid") == null) {
            throw new OidcException("The logout token names neither a session (sid) nor a subject (sub)");
        }
        Instant issued = claims.getIssueTime().toInstant();
        if (issued.isBefore(Instant.now().minus(LOGOUT_TOKEN_MAX_AGE))
                || issued.isAfter(Instant.now().plus(Duration.ofMinutes(1)))) {
            throw new OidcException("The logout token was not issued just now");
        }
        return claims;
    }

    /** Who the checked claims name, with the CRMir roles their groups map to. */
    public SsoIdentity identityOf(JWTClaimsSet claims) {
        OidcSettings settings = provider.settings();
        String name = OidcProvider.stringClaim(claims, "name");
        if (name == null) {
            String given = OidcProvider.stringClaim(claims, "given_name");
            String family = OidcProvider.stringClaim(claims, "family_name");
            name = given == null && family == null ? null
                    : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return new SsoIdentity(claims.getSubject(), OidcProvider.stringClaim(claims, settings.usernameClaim()), name,
                OidcProvider.stringClaim(claims, "email"), settings.rolesFor(groups(claims, settings.groupsClaim())));
    }

    /** The values of the groups claim: a list, a single string, or reached through objects by a dotted path. */
    static List<String> groups(JWTClaimsSet claims, String path) {
        Object value = claims.getClaims();
        for (String step : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        List<String> groups = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> groups.add(String.valueOf(item)));
        } else if (value instanceof String single) {
            groups.add(single);
        }
        return groups;
    }

    private JWTClaimsSet check(String token, DefaultJWTClaimsVerifier<SecurityContext> verifier, String kind) {
        if (token == null || token.isBlank() || token.length() > 16_384) {
            throw new OidcException("No " + kind + ", or one too long");
        }
        try {
            return provider.processor(verifier).process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("The " + kind + " was refused: " + e.getMessage());
        }
    }
}
