package org.crmir.identity;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How CRMir signs users in through the company's OpenID Connect provider, read once from the environment. Absent
 * ({@link #current()} empty) when {@code CRMIR_OIDC_ISSUER} is not set: then only local accounts sign in.
 *
 * @param issuer         the provider's issuer URL, exactly as its tokens name it (discovery is below it)
 * @param clientId       CRMir's client id at the provider
 * @param clientSecret   its secret (confidential client)
 * @param providerName   the button's words: "Sign in with …"
 * @param groupsClaim    the claim with the user's groups or roles; a dotted path reaches into objects
 * @param roleMap        group (as the claim carries it) → CRMir role
 * @param usernameClaim  the claim CRMir's username is derived from at the first sign-in
 * @param audience       what the provider's access tokens must name in {@code aud} to be taken by the API
 * @param publicUrl      CRMIR_PUBLIC_URL: the redirect and post-logout addresses are built on it only
 * @param directoryCheck how often the provider is asked whether signed-in people are still in the directory
 * @param offlineAccess  whether sign-in asks for {@code offline_access}, the grant the directory check uses
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String providerName,
        String groupsClaim, Map<String, Set<Role>> roleMap, String usernameClaim, String audience, String publicUrl,
        Duration directoryCheck, boolean offlineAccess) implements Serializable {

    /** The directory check's interval when CRMIR_OIDC_DIRECTORY_CHECK_MINUTES is not set. */
    static final int DEFAULT_CHECK_MINUTES = 5;

    private static final class Holder {
        static final Optional<OidcSettings> CURRENT = from(System.getenv());
    }

    /** The settings of this server, or empty when no provider is configured. */
    public static Optional<OidcSettings> current() {
        return Holder.CURRENT;
    }

    /** Reads the settings from these variables; a half-done configuration is refused with what is missing. */
    public static Optional<OidcSettings> from(Map<String, String> env) {
        String issuer = value(env, "CRMIR_OIDC_ISSUER");
        if (issuer == null) {
            return Optional.empty();
        }
        URI issuerUri = URI.create(issuer);
        if (!issuerUri.isAbsolute() || !(issuerUri.getScheme().equals("https") || issuerUri.getScheme().equals("http"))) {
            throw new IllegalStateException("CRMIR_OIDC_ISSUER must be the provider's http(s) issuer URL: " + issuer);
        }
        String clientId = required(env, "CRMIR_OIDC_CLIENT_ID");
        String secret = required(env, "CRMIR_OIDC_CLIENT_SECRET");
        String publicUrl = required(env, "CRMIR_PUBLIC_URL");
        String roleMapText = required(env, "CRMIR_OIDC_ROLE_MAP");
        return Optional.of(new OidcSettings(issuer, clientId, secret,
                Optional.ofNullable(value(env, "CRMIR_OIDC_PROVIDER_NAME")).orElse("single sign-on"),
                Optional.ofNullable(value(env, "CRMIR_OIDC_GROUPS_CLAIM")).orElse("groups"),
                parseRoleMap(roleMapText),
                Optional.ofNullable(value(env, "CRMIR_OIDC_USERNAME_CLAIM")).orElse("preferred_username"),
                Optional.ofNullable(value(env, "CRMIR_OIDC_AUDIENCE")).orElse(clientId),
                publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl,
                Duration.ofMinutes(minutes(env, "CRMIR_OIDC_DIRECTORY_CHECK_MINUTES", DEFAULT_CHECK_MINUTES)),
                "true".equalsIgnoreCase(value(env, "CRMIR_OIDC_OFFLINE_ACCESS"))));
    }

    private static int minutes(Map<String, String> env, String name, int otherwise) {
        String value = value(env, name);
        try {
            int minutes = value == null ? otherwise : Integer.parseInt(value);
            if (minutes >= 1 && minutes <= 1440) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException(name + " must be a whole number of minutes from 1 to 1440: " + value);
    }

    /** {@code group=ROLE,group2=ROLE2}; a group may be listed more than once to give it several roles. */
    static Map<String, Set<Role>> parseRoleMap(String text) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("CRMIR_OIDC_ROLE_MAP: '" + pair.strip() + "' is not group=ROLE");
            }
            String group = pair.substring(0, equals).strip();
            String role = pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            try {
                map.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("CRMIR_OIDC_ROLE_MAP: '" + role + "' is not a CRMir role (one of "
                        + EnumSet.allOf(Role.class) + ")");
            }
        }
        if (map.isEmpty()) {
            throw new IllegalStateException("CRMIR_OIDC_ROLE_MAP maps no group to a CRMir role");
        }
        map.replaceAll((group, roles) -> Set.copyOf(roles));
        return Map.copyOf(map);
    }

    /** The CRMir roles these groups give; empty when none of them is mapped. */
    public Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            roles.addAll(roleMap.getOrDefault(group, Set.of()));
        }
        return roles;
    }

    public String redirectUri() {
        return publicUrl + "/sso/callback";
    }

    public String signedOutUri() {
        return publicUrl + "/login.xhtml?signedOut=true";
    }

    private static String required(Map<String, String> env, String name) {
        String value = value(env, name);
        if (value == null) {
            throw new IllegalStateException(name + " must be set when CRMIR_OIDC_ISSUER is set");
        }
        return value;
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
