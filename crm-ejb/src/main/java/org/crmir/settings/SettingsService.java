package org.crmir.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Consumer;
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

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public CompanySettings current() {
        return em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CompanySettings update(long expectedVersion, String name, String address, String taxId, String email,
            String phone, String paymentInstructions, String invoiceSeries, BankDetails bank) {
        if (bank != null) {
            bank.ibanProblem().ifPresent(problem -> {
                throw new InvalidInputException("bankAccountNumber", problem);
            });
        }
        return change(expectedVersion, settings -> {
            settings.update(name, address, taxId, email, phone, paymentInstructions, invoiceSeries, bank);
            validation.check(settings);
        });
    }

    /** Whether payment receipts also go to the client's phone by SMS. */
    @RolesAllowed(Role.Names.ADMIN)
    public CompanySettings textReceipts(long expectedVersion, boolean on) {
        return change(expectedVersion, settings -> settings.textReceipts(on));
    }

    /**
     * When clients are reminded of unpaid invoices: {@code days} as typed ("7, 21, 45"; empty: never), and
     * whether by SMS as well.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public CompanySettings remindOfUnpaidInvoices(long expectedVersion, String days, boolean alsoBySms) {
        ReminderSchedule schedule = ReminderSchedule.parse("reminderDays", days);
        return change(expectedVersion, settings -> settings.remindOfUnpaidInvoices(schedule, alsoBySms));
    }

    /** One change of the settings as they were at {@code expectedVersion}, audited. */
    private CompanySettings change(long expectedVersion, Consumer<CompanySettings> edit) {
        CompanySettings settings = current();
        if (settings.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("The company settings");
        }
        Map<String, String> before = settings.auditSnapshot();
        edit.accept(settings);
        em.flush();
        audit.record(Caller.nameOf(context), "Settings", settings.getId(), AuditAction.UPDATE, before,
                settings.auditSnapshot());
        return settings;
    }
}
