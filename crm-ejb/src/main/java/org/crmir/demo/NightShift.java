package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.crmir.contract.ContractBilling;
import org.crmir.contract.ContractReminders;
import org.crmir.contract.ContractService;
import org.crmir.invoice.InvoiceService;
import org.crmir.quote.QuoteService;

/**
 * What the timers do at night, replayed on every Monday, every first of the month and the load day (the jobs
 * catch up on the days between, as they do after a server was down): unpaid invoices past due become overdue,
 * unanswered quotes past their validity expire, and the contract run bills due periods, renews or ends contracts
 * and sends the reminders, in the order {@code ContractTimer} does it. Daily runs would say the same, slower.
 */
@ApplicationScoped
public class NightShift {

    @EJB
    InvoiceService invoices;

    @EJB
    QuoteService quotes;

    @EJB
    ContractBilling billing;

    @EJB
    ContractService contracts;

    @EJB
    ContractReminders reminders;

    void plan(Timeline timeline, LocalDate start, ContractStory contractStory) {
        for (LocalDate day = start; !day.isAfter(timeline.today()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.MONDAY && day.getDayOfMonth() != 1 && !day.equals(timeline.today())) {
                continue;
            }
            LocalDate night = day;
            timeline.at(night, 0, 20, "nightly jobs", () -> {
                while (invoices.markOverdue(night) > 0) {
                    // in pages of 500
                }
                while (quotes.expire(night) > 0) {
                    // in pages of 500
                }
                billing.run(night);
                while (contracts.renewOrExpire(night) > 0) {
                    // up to 200 at a time
                }
                billing.run(night);
                reminders.run(night);
                contractStory.collect(timeline);
            });
        }
    }
}
