package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.crmir.contract.ContractBilling;
import org.crmir.contract.ContractReminders;
import org.crmir.contract.ContractService;
import org.crmir.invoice.InvoiceReminders;
import org.crmir.invoice.InvoiceService;
import org.crmir.quote.QuoteService;

/**
 * What the timers do at night, replayed on the first of each month and on the load day (the jobs catch up on the
 * days between, as they do after a server was down): unpaid invoices past due become overdue and their clients
 * are reminded, unanswered quotes past their validity expire, and the contract run bills due periods, renews or
 * ends contracts and sends the reminders. Daily runs would end in the same state, slower; only the day a status changed is later.
 */
@ApplicationScoped
public class NightShift {

    @EJB
    InvoiceService invoices;

    @EJB
    QuoteService quotes;

    @EJB
    InvoiceReminders invoiceReminders;

    @EJB
    ContractBilling billing;

    @EJB
    ContractService contracts;

    @EJB
    ContractReminders reminders;

    void plan(Timeline timeline, LocalDate start, ContractStory contractStory) {
        for (LocalDate day = start; !day.isAfter(timeline.today()); day = day.plusDays(1)) {
            if (day.getDayOfMonth() != 1 && !day.equals(timeline.today())) {
                continue;
            }
            LocalDate night = day;
            timeline.at(night, 0, 20, "nightly jobs", () -> {
                for (int page = 0; page < 100 && invoices.markOverdue(night) > 0; page++) {
                    // in pages of 500
                }
                invoiceReminders.run(night);
                for (int page = 0; page < 100 && quotes.expire(night) > 0; page++) {
                    // in pages of 500
                }
                contractRun(night);
                contractStory.collect(timeline);
            });
        }
    }

    /**
     * As {@code ContractTimer} runs it. Monthly is enough here: the demo's terms start on the first of a month, so
     * periods fall due and terms end there, and a reminder's window (30 days up to its date) always holds a first.
     */
    private void contractRun(LocalDate night) {
        billing.run(night);
        for (int page = 0; page < 100 && contracts.renewOrExpire(night) > 0; page++) {
            // up to 200 at a time
        }
        billing.run(night);
        reminders.run(night);
    }
}
