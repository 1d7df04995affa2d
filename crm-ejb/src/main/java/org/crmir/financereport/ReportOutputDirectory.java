package org.crmir.financereport;

import java.nio.file.Path;

/**
 * Where outputs go: the directory of the server's system property {@value #PROPERTY} (set from
 * {@code CRMIR_REPORT_OUTPUT_DIR} by the server configuration), or the database when it is empty. Read at each
 * output stored, so a changed property applies from the next run; an output already stored stays where it was
 * (its run records where). Files go in a subdirectory per installation ({@link #installation}); on a cluster the
 * directory must be shared storage mounted at the same path on every node.
 */
final class ReportOutputDirectory {

    static final String PROPERTY = "crmir.report.output.dir";

    private ReportOutputDirectory() {
    }

    /** The directory outputs are written to, or null for the database. */
    static Path configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return null;
        }
        Path directory = Path.of(value.strip());
        if (!directory.isAbsolute()) {
            // A relative path would depend on the server's working directory, which nobody chooses on purpose.
            throw new IllegalStateException("CRMIR_REPORT_OUTPUT_DIR must be an absolute path, not '" + value + "'");
        }
        return directory;
    }

    /**
     * The subdirectory of one installation, named by its database ({@code catalog}), so that installations sharing
     * the storage keep apart: each numbers its runs from 1.
     */
    static String installation(String catalog) {
        if (catalog == null || !catalog.matches("[A-Za-z0-9_$-]{1,64}")) {
            throw new IllegalStateException("The database's name '" + catalog + "' cannot name a directory");
        }
        return catalog;
    }

    /** The file of run {@code runId}'s output: named by the run, never by anything a user typed. */
    static String fileName(long runId, ReportFormat format) {
        return "report-run-" + runId + "." + format.extension();
    }
}
