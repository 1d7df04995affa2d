package org.crmir.financereport;

import java.io.Serializable;
import java.nio.file.Path;

/** A run's output in a temporary file (which the caller deletes), and the rows read for it. */
public record RenderedReport(Path file, long rows) implements Serializable {
}
