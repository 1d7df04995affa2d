package org.crmir.contract;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A reminder a contract owes its owner on a day: the end date, the notice deadline or an important date coming
 * within the contract's reminder days. {@code key} names it uniquely within the contract, so it is sent once.
 */
public record DueReminder(String key, LocalDate date, String subject) implements Serializable {
}
