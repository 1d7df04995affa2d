package org.crmir.importing;

/** What an import does with a row: takes it, skips it as a duplicate of what exists, or refuses its errors. */
public enum RowStatus {
    READY,
    DUPLICATE,
    INVALID
}
