package org.crmir.invoice;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.quote.QuoteService;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Once a day, shortly after midnight UTC: unpaid invoices past their due date become OVERDUE, and sent quotes
 * past their validity EXPIRED. Each run handles up to 500 of each per call and repeats until none are left.
 */
@Singleton
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class DailyDocumentTimer {

    private static final Logger LOG = Logger.getLogger(DailyDocumentTimer.class.getName());

    @EJB
    InvoiceService invoices;

    @EJB
    QuoteService quotes;

    @Schedule(hour = "0", minute = "15", persistent = false, info = "overdue invoices and expired quotes")
    void daily() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int overdue = 0;
        int moved;
        do {
            moved = invoices.markOverdue(today);
            overdue += moved;
        } while (moved > 0);
        int expired = 0;
        do {
            moved = quotes.expire(today);
            expired += moved;
        } while (moved > 0);
        LOG.info("Daily documents: " + overdue + " invoice(s) overdue, " + expired + " quote(s) expired");
    }
}
