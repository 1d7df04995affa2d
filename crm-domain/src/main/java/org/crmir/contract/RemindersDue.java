package org.crmir.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders an active contract owes its owner on a day: the end date, the notice deadline (when there is a
 * notice period) and every important date, from the contract's reminder days before it until the day itself. A
 * day missed is caught up on the next, as long as the date has not passed.
 */
final class RemindersDue {

    private final LocalDate today;
    private final int reminderDays;
    private final List<DueReminder> due = new ArrayList<>();

    private RemindersDue(LocalDate today, int reminderDays) {
        this.today = today;
        this.reminderDays = reminderDays;
    }

    static List<DueReminder> of(Contract contract, LocalDate today) {
        RemindersDue reminders = new RemindersDue(today, contract.getReminderDays());
        if (contract.getStatus() != ContractStatus.ACTIVE) {
            return reminders.due;
        }
        String name = contract.label() + " \u201c" + contract.getTitle() + "\u201d";
        LocalDate end = contract.getEndDate();
        reminders.addIfDue("END:" + end, end, contract.isAutoRenew()
                ? "Contract " + name + " renews on " + end.plusDays(1) + " for " + contract.getRenewalMonths()
                        + " month(s)"
                : "Contract " + name + " ends on " + end);
        LocalDate notice = contract.getNoticeDeadline();
        if (contract.getNoticeDays() > 0) {
            reminders.addIfDue("NOTICE:" + notice, notice, "Notice deadline for contract " + name + " is " + notice);
        }
        for (ContractMilestone m : contract.getMilestones()) {
            reminders.addIfDue("MILESTONE:" + m.getId() + ":" + m.getDueDate(), m.getDueDate(),
                    m.getLabel() + " is due on " + m.getDueDate() + " (contract " + name + ")");
        }
        return reminders.due;
    }

    private void addIfDue(String key, LocalDate date, String subject) {
        if (!today.isBefore(date.minusDays(reminderDays)) && !today.isAfter(date)) {
            due.add(new DueReminder(key, date, subject));
        }
    }
}
