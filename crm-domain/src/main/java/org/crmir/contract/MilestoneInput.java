package org.crmir.contract;

import java.time.LocalDate;

/** An important date as entered: what it is, and when. */
public record MilestoneInput(String label, LocalDate dueDate) {

    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
}
