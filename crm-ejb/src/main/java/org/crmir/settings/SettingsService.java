package org.crmir.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;

/**
 * Company details, bank account and numbering: everyone reads them (documents print them), administrators change
 * them.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class SettingsService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    public CompanySettings current() {
        return em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CompanySettings update(long expectedVersion, String name, String address, String taxId, String email,
            String phone, String paymentInstructions, String invoiceSeries, BankDetails bank) {
        CompanySettings settings = current();
        if (settings.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("The company settings");
        }
        if (bank != null) {
            bank.ibanProblem().ifPresent(problem -> {
                throw new InvalidInputException("bankAccountNumber", problem);
            });
        }
        Map<String, String> before = settings.auditSnapshot();
        settings.update(name, address, taxId, email, phone, paymentInstructions, invoiceSeries, bank);
        validation.check(settings);
        em.flush();
        audit.record(Caller.nameOf(context), "Settings", settings.getId(), AuditAction.UPDATE, before,
                settings.auditSnapshot());
        return settings;
    }

    /** Whether payment receipts also go to the client's phone by SMS. */
    @RolesAllowed(Role.Names.ADMIN)
    public CompanySettings textReceipts(long expectedVersion, boolean on) {
        CompanySettings settings = current();
        if (settings.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("The company settings");
        }
        Map<String, String> before = settings.auditSnapshot();
        settings.textReceipts(on);
        em.flush();
        audit.record(Caller.nameOf(context), "Settings", settings.getId(), AuditAction.UPDATE, before,
                settings.auditSnapshot());
        return settings;
    }
}
