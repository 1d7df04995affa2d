package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    private static Map<String, String> configured() {
        Map<String, String> env = new HashMap<>();
        env.put("CRMIR_OIDC_ISSUER", "https://login.example.com/realms/acme");
        env.put("CRMIR_OIDC_CLIENT_ID", "crmir");
        env.put("CRMIR_OIDC_CLIENT_SECRET", "secret");
        env.put("CRMIR_PUBLIC_URL", "https://crm.example.com/crmir/");
        env.put("CRMIR_OIDC_ROLE_MAP", "crm-admins=ADMIN, crm-sales=sales,crm-leads=SALES,crm-leads=FINANCE");
        return env;
    }

    @Test
    void noIssuerMeansNoProvider() {
        assertTrue(OidcSettings.from(Map.of("CRMIR_OIDC_CLIENT_ID", "x")).isEmpty());
    }

    @Test
    void defaultsAndAddressesComeFromThePublicUrl() {
        OidcSettings settings = OidcSettings.from(configured()).orElseThrow();
        assertEquals("groups", settings.groupsClaim());
        assertEquals("preferred_username", settings.usernameClaim());
        assertEquals("crmir", settings.audience());
        assertEquals("https://crm.example.com/crmir/sso/callback", settings.redirectUri());
        assertEquals("https://crm.example.com/crmir/login.xhtml?signedOut=true", settings.signedOutUri());
    }

    @Test
    void groupsMapToRolesAndUnknownGroupsGiveNone() {
        OidcSettings settings = OidcSettings.from(configured()).orElseThrow();
        assertEquals(Set.of(Role.SALES, Role.FINANCE), settings.rolesFor(List.of("crm-leads", "staff")));
        assertEquals(Set.of(Role.SALES), settings.rolesFor(List.of("crm-sales")));
        assertTrue(settings.rolesFor(List.of("staff")).isEmpty());
    }

    @Test
    void aHalfDoneConfigurationNamesWhatIsMissing() {
        Map<String, String> env = configured();
        env.remove("CRMIR_OIDC_CLIENT_SECRET");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OidcSettings.from(env));
        assertTrue(refused.getMessage().contains("CRMIR_OIDC_CLIENT_SECRET"), refused.getMessage());
    }

    @Test
    void anUnknownRoleIsRefused() {
        Map<String, String> env = configured();
        env.put("CRMIR_OIDC_ROLE_MAP", "crm-admins=ROOT");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OidcSettings.from(env));
        assertTrue(refused.getMessage().contains("ROOT"), refused.getMessage());
    }

    @Test
    void theDirectoryIsAskedEveryFiveMinutesUnlessToldOtherwise() {
        assertEquals(java.time.Duration.ofMinutes(5), OidcSettings.from(configured()).orElseThrow().directoryCheck());
        Map<String, String> env = configured();
        env.put("CRMIR_OIDC_DIRECTORY_CHECK_MINUTES", "2");
        assertEquals(java.time.Duration.ofMinutes(2), OidcSettings.from(env).orElseThrow().directoryCheck());
        env.put("CRMIR_OIDC_DIRECTORY_CHECK_MINUTES", "0");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OidcSettings.from(env));
        assertTrue(refused.getMessage().contains("CRMIR_OIDC_DIRECTORY_CHECK_MINUTES"), refused.getMessage());
        env.put("CRMIR_OIDC_DIRECTORY_CHECK_MINUTES", "soon");
        assertThrows(IllegalStateException.class, () -> OidcSettings.from(env));
    }

    @Test
    void offlineAccessIsAskedForOnlyWhenSwitchedOn() {
        Map<String, String> env = configured();
        assertEquals(false, OidcSettings.from(env).orElseThrow().offlineAccess());
        env.put("CRMIR_OIDC_OFFLINE_ACCESS", "true");
        assertEquals(true, OidcSettings.from(env).orElseThrow().offlineAccess());
    }
}
