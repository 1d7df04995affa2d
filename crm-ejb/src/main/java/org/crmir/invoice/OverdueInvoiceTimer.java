package org.crmir.invoice;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.Batches;
import org.crmir.shared.ScheduledJob;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Once a day, shortly after midnight UTC: unpaid invoices past their due date become OVERDUE, up to 500 per
 * call, repeated until none are left. In the morning (07:00 UTC, office hours in most of Europe and Africa) the
 * payment reminders due that day go out.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class OverdueInvoiceTimer {

    private static final Logger LOG = Logger.getLogger(OverdueInvoiceTimer.class.getName());

    @EJB
    InvoiceService invoices;

    @EJB
    InvoiceReminders reminders;

    @Schedule(hour = "0", minute = "15", persistent = true, info = "overdue invoices")
    void daily() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int overdue = Batches.untilNoneLeft(() -> invoices.markOverdue(today));
        LOG.info("Daily invoices: " + overdue + " invoice(s) overdue");
    }

    @Schedule(hour = "7", minute = "0", persistent = true, info = "payment reminders")
    void morning() {
        int reminded = reminders.run(LocalDate.now(ZoneOffset.UTC));
        LOG.info("Payment reminders: " + reminded + " invoice(s) reminded");
    }
}
