package org.crmir.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;

/**
 * On an empty database, creates the account {@code admin} so that somebody can sign in and create the others.
 * Its password comes from {@code CRMIR_ADMIN_PASSWORD}; without it one is generated and logged this once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void createWhenNoUserExists() {
        long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        String password = System.getenv("CRMIR_ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = PasswordHasher.randomSecret(12);
        }
        PasswordPolicy.check(password, USERNAME);
        UserAccount admin = new UserAccount(USERNAME, "Administrator", null, Set.of(Role.ADMIN),
                PasswordHasher.hash(password), Instant.now());
        em.persist(admin);
        em.flush();
        audit.record("system", UserService.ENTITY, admin.getId(), AuditAction.CREATE, Map.of(),
                admin.auditSnapshot());
        if (generated) {
            LOG.warning("Created the first administrator: sign in as '" + USERNAME + "' with password '" + password
                    + "' and change it on your profile page. This password is not shown again.");
        } else {
            LOG.info("Created the first administrator '" + USERNAME + "' with the password in CRMIR_ADMIN_PASSWORD");
        }
    }
}
