package org.crmir.financereport;

import java.io.Serializable;

/** Which schedules a list shows: whose name holds {@code text}, active or paused; null for any. */
public record ScheduleFilter(String text, Boolean active) implements Serializable {
}
