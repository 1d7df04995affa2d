package org.crmir.contract;

import java.io.Serializable;
import java.time.LocalDate;

/** One date on the calendar of important dates: a milestone, an end date or a notice deadline of a contract. */
public record CalendarEntry(Long contractId, String number, String title, String what, LocalDate date,
        String kind) implements Serializable {

    public Long getContractId() { return contractId; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getWhat() { return what; }
    public LocalDate getDate() { return date; }
    public String getKind() { return kind; }
}
