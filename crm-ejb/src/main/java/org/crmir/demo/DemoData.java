package org.crmir.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.settings.SettingsService;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Fills an empty database with two years of history ({@link DemoHistory}) ending today, through the real services
 * so that it is validated, numbered and audited like any other. Runs only when {@code CRMIR_DEMO_DATA} is
 * {@code true} and there is no client yet. A load that fails part way is logged and leaves what it made: the
 * application starts all the same.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    EntityManager em;

    @EJB
    DemoHistory history;

    @EJB
    SettingsService settings;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadIntoEmptyDatabase() {
        if (!"true".equalsIgnoreCase(System.getenv("CRMIR_DEMO_DATA"))) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(c) FROM Client c", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        try {
            // The demo company reminds its clients of unpaid invoices, so that the history shows reminders.
            settings.remindOfUnpaidInvoices(settings.current().getVersion(), "7, 30", false);
            history.load(LocalDate.now(ZoneOffset.UTC), "");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo data could not be loaded completely; what was made stays", e);
        }
    }
}
