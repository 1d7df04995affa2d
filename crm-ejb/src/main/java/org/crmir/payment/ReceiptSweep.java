package org.crmir.payment;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.ScheduledJob;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Every ten minutes: a receipt whose message was lost in a crash would otherwise say "being prepared" for ever
 * ({@link ReceiptPdfService#requeueLost()}). Per server; on a cluster each node sweeps, which costs at most a
 * duplicate message that the receipt step ignores.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("receipts")
public class ReceiptSweep {

    private static final Logger LOG = Logger.getLogger(ReceiptSweep.class.getName());

    @EJB
    ReceiptPdfService receipts;

    @Schedule(hour = "*", minute = "*/10", persistent = true, info = "receipts without a message")
    void sweep() {
        int queuedAgain = receipts.requeueLost();
        if (queuedAgain > 0) {
            LOG.info(() -> queuedAgain + " receipt(s) being prepared had no message on crm.receipts and were queued"
                    + " again");
        }
    }
}
