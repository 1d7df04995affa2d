package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditEntry;
import org.crmir.audit.AuditService;
import org.crmir.identity.web.DirectoryCheck;
import org.crmir.identity.web.OidcProvider;
import org.crmir.identity.web.OidcTokens;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsAdmin;
import org.crmir.support.Http;
import org.crmir.support.Keycloak;
import org.crmir.support.SsoBrowser;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The company directory decides, against the real Keycloak: a person disabled there loses CRMir at the next
 * directory check (account deactivated with a reason, API token refused, open session ended, audited), without
 * signing in again; while the provider is out of reach, nobody loses anything.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryCheckIT {

    private static final String PASSWORD = "Directory-Test-2026";
    private static final String PAGE = "/clients.xhtml";

    @EJB
    AsAdmin asAdmin;

    @EJB
    DirectoryCheck check;

    @EJB
    DirectoryService directory;

    @EJB
    UserService users;

    @EJB
    AuditService audit;

    @EJB
    ApiTokenRows tokenRows;

    @EJB
    SsoProvisioning provisioning;

    @Inject
    OidcTokens tokens;

    @Test
    void aPersonDisabledInTheDirectoryLosesAccessAtTheNextCheck() throws Exception {
        String name = Keycloak.randomName("leaver");
        String keycloakId = Keycloak.createUser(name, PASSWORD, "crm-sales");
        HttpClient session = SsoBrowser.signedIn(name, PASSWORD);
        keepOfflineGrant(name);
        String token = tokenRows.issue(name);
        WebSession.page(session, PAGE, 200);
        assertEquals(200, Http.send("GET", "/api/v1/clients?limit=1", token, null).statusCode());
        assertTrue(asAdmin.call(() -> directory.toCheck(Set.of())).stream().anyMatch(g -> g.username().equals(name)),
                "the offline grant was not kept");

        DirectoryCheck.Report stillThere = asAdmin.call(() -> check.checkNow());
        assertNull(stillThere.unreachable());
        assertFalse(stillThere.ended().contains(name), "ended while still in the directory");
        WebSession.page(session, PAGE, 200);

        Keycloak.disable(keycloakId);
        DirectoryCheck.Report report = asAdmin.call(() -> check.checkNow());
        assertTrue(report.ended().contains(name), report.toString());

        UserSummary user = asAdmin.call(() -> users.list(name, PageRequest.first(1))).items().get(0);
        assertFalse(user.active());
        assertTrue(user.deactivatedReason().contains("company directory (Keycloak) disabled or removed"),
                user.deactivatedReason());
        assertEquals(401, Http.send("GET", "/api/v1/clients?limit=1", token, null).statusCode());
        WebSession.page(session, PAGE, 302);
        assertTrue(asAdmin.call(() -> directory.endedByTheDirectory(20)).stream()
                .anyMatch(u -> u.username().equals(name)));
        List<AuditEntry> history = asAdmin.call(() -> audit.historyOf("User", user.id(), PageRequest.first(10)))
                .items();
        assertTrue(history.stream().anyMatch(e -> e.action() == AuditAction.DEACTIVATE
                && e.actor().equals(DirectoryService.ACTOR)), history.toString());
        assertTrue(history.stream().anyMatch(e -> e.action() == AuditAction.TOKEN_REVOKE), history.toString());
    }

    @Test
    void whileTheProviderIsOutOfReachNobodyLosesAccess() throws Exception {
        String name = Keycloak.randomName("stayer");
        Keycloak.createUser(name, PASSWORD, "crm-support");
        HttpClient session = SsoBrowser.signedIn(name, PASSWORD);
        keepOfflineGrant(name);
        String token = tokenRows.issue(name);

        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("CRMIR_OIDC_ISSUER", "http://localhost:1/realms/crmir"); // nothing listens on port 1
        OidcProvider unreachable = new OidcProvider(OidcSettings.from(env).orElseThrow());
        DirectoryCheck.Report report = asAdmin.call(() -> check.checkWith(unreachable));

        assertNotNull(report.unreachable(), report.toString());
        assertTrue(report.ended().isEmpty(), report.toString());
        assertTrue(asAdmin.call(() -> users.list(name, PageRequest.first(1))).items().get(0).active());
        WebSession.page(session, PAGE, 200);
        assertEquals(200, Http.send("GET", "/api/v1/clients?limit=1", token, null).statusCode());
    }

    /**
     * The grant a sign-in keeps when CRMIR_OIDC_OFFLINE_ACCESS=true, got here as CRMir's client gets it (the test
     * server leaves the switch off: Keycloak then keeps no online session, which the back-channel journeys need).
     */
    private void keepOfflineGrant(String name) {
        String nonce = "n-" + name;
        JsonObject granted = Keycloak.tokensFor(name, PASSWORD, nonce, "openid offline_access");
        assertTrue(granted.getString("scope", "").contains("offline_access"), granted.toString());
        String subject = tokens.checkIdToken(granted.getString("id_token"), nonce).getSubject();
        provisioning.keepOfflineGrant(subject, granted.getString("refresh_token"));
    }
}
