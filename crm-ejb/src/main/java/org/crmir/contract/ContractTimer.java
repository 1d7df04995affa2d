package org.crmir.contract;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.ScheduledJob;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Once a day at 00:30 UTC, persistent so that it fires once even across a restart (a run missed while the
 * server was down fires when it comes back): bill what is due up to the end of each term, renew or expire the
 * contracts whose end date has come, bill the new terms, then remind owners of coming dates. Every step takes today's date, so a late run
 * catches up everything it missed.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class ContractTimer {

    private static final Logger LOG = Logger.getLogger(ContractTimer.class.getName());

    @EJB
    ContractBilling billing;

    @EJB
    ContractService contracts;

    @EJB
    ContractReminders reminders;

    @Schedule(hour = "0", minute = "30", persistent = true, info = "contract billing, renewals and expiry")
    void daily() {
        runFor(LocalDate.now(ZoneOffset.UTC));
    }

    /** What the daily timer does, for a given day. */
    void runFor(LocalDate today) {
        BillingRun first = billing.run(today);
        int ended = 0;
        int changed;
        do {
            changed = contracts.renewOrExpire(today);
            ended += changed;
        } while (changed > 0);
        BillingRun second = billing.run(today);
        int reminded = reminders.run(today);
        LOG.info("Contracts on " + today + ": " + (first.invoices() + second.invoices()) + " invoice(s) made, "
                + (first.failedContracts() + second.failedContracts()) + " contract(s) to retry, " + ended
                + " renewed or expired, " + reminded + " reminder(s) sent");
    }
}
