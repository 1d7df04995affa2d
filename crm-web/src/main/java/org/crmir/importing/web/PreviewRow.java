package org.crmir.importing.web;

import java.io.Serializable;
import java.util.List;
import org.crmir.importing.RowCheck;

/** One row as the preview shows it: its verdict and the cells the mapping reads. */
public record PreviewRow(RowCheck check, List<String> values) implements Serializable {
}
