package org.crmir.financereport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Checks the reports' output directory once when the server starts, and says clearly in the log what is wrong
 * with it (not absolute, not writable, too long a path for {@code report_runs.output_file}), instead of a
 * failure per run. The server starts all the same: reports that are not run need no directory, and each run
 * stored there fails with a reference until it is mended (the property is read for each output).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReportOutputDirectoryCheck {

    private static final Logger LOG = Logger.getLogger(ReportOutputDirectoryCheck.class.getName());
    /** The size of {@code report_runs.output_file} (V55). */
    static final int OUTPUT_FILE_COLUMN = 1000;
    /** The longest file name of a run: "report-run-" and the largest id, ".part" (written first), ".xlsx". */
    private static final int LONGEST_NAME = ReportOutputDirectory.fileName(Long.MAX_VALUE, ReportFormat.XLSX)
            .length() + ".part".length();

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    DataSource database;

    @PostConstruct
    void check() {
        String problem;
        Path directory = null;
        try {
            directory = ReportOutputDirectory.configured();
            problem = directory == null ? null : problemWith(directory);
        } catch (IllegalStateException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            LOG.severe("Finance reports cannot be kept in CRMIR_REPORT_OUTPUT_DIR (" + directory + "): " + problem
                    + ". Each report run will fail until this is mended; an empty CRMIR_REPORT_OUTPUT_DIR keeps them"
                    + " in the database.");
        } else if (directory != null) {
            LOG.info("Finance reports' outputs are kept in " + directory);
        }
    }

    private String problemWith(Path base) {
        Path directory;
        try (Connection connection = database.getConnection()) {
            directory = base.resolve(ReportOutputDirectory.installation(connection.getCatalog()));
        } catch (SQLException e) {
            return "the database's name could not be read (" + e.getMessage() + ")";
        }
        if (directory.toString().length() + 1 + LONGEST_NAME > OUTPUT_FILE_COLUMN) {
            return "its path is too long: a run's file must fit in " + OUTPUT_FILE_COLUMN + " characters";
        }
        try {
            ReportOutputFiles.createPrivateDirectories(directory);
        } catch (IOException | UnsupportedOperationException e) {
            return "the directory " + directory + " cannot be created (" + e + ")";
        }
        return Files.isWritable(directory) ? null : "the server's user cannot write in " + directory;
    }
}
