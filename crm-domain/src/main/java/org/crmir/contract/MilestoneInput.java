package org.crmir.contract;

import java.io.Serializable;
import java.time.LocalDate;

/** An important date as entered: what it is, and when. */
public record MilestoneInput(String label, LocalDate dueDate) implements Serializable {

    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
}
