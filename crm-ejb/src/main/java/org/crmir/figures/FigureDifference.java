package org.crmir.figures;

import java.io.Serializable;

/** One row where a summary table and its source rows disagree: its key, what the table holds, what it should. */
public record FigureDifference(String table, String key, String stored, String recomputed) implements Serializable {
}
