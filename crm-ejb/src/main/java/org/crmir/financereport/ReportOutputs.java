package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.crmir.shared.RuleViolationException;

/**
 * The outputs of runs, where the server is configured to keep them ({@link ReportOutputDirectory}): in the database,
 * in chunks of {@value #CHUNK} bytes ({@code report_outputs}), written and read one chunk at a time, so that
 * neither side holds a whole output and no packet is larger than a chunk; or in a directory, one file per run named
 * by the run. Either way the SHA-256 is computed on the way in, and the run records where its output went
 * ({@code report_runs.output_store}, {@code output_file}), so downloads and retention find it after the setting
 * changed.
 */
@ApplicationScoped
public class ReportOutputs {

    private static final Logger LOG = Logger.getLogger(ReportOutputs.class.getName());
    static final int CHUNK = 1 << 20;
    static final String DATABASE = "DATABASE";
    static final String FILE = "FILE";

    /** What was stored: its size and SHA-256. */
    public record Stored(long size, String sha256) implements Serializable {
    }

    /** Where a run's output is: in the database, or in {@code file}. */
    record Location(String store, Path file) {

        boolean inFile() {
            return FILE.equals(store);
        }
    }

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    DataSource database;

    @Inject
    ReportOutputFiles files;

    /**
     * Stores {@code file} as the output of run {@code runId}, in the caller's transaction, where the server keeps
     * outputs now, and records where.
     */
    Stored store(long runId, Path file) {
        Path directory = ReportOutputDirectory.configured();
        try (Connection connection = database.getConnection()) {
            Stored stored;
            Path target = null;
            if (directory == null) {
                stored = storeInDatabase(connection, runId, file);
            } else {
                // A directory of this installation's own (its database's name): two installations sharing the
                // storage never meet, and a file already there is refused rather than overwritten.
                target = directory.resolve(ReportOutputDirectory.installation(connection.getCatalog()))
                        .resolve(ReportOutputDirectory.fileName(runId, formatOf(connection, runId)));
                stored = files.store(file, target);
            }
            try (PreparedStatement where = connection.prepareStatement(
                    "UPDATE report_runs SET output_store = ?, output_file = ? WHERE id = ?")) {
                where.setString(1, target == null ? DATABASE : FILE);
                where.setString(2, target == null ? null : target.toString());
                where.setLong(3, runId);
                where.executeUpdate();
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the output of report run " + runId + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stored storeInDatabase(Connection connection, long runId, Path file)
            throws SQLException, IOException {
        try (PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO report_outputs (run_id, seq, content) VALUES (?, ?, ?)");
             DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            byte[] buffer = new byte[CHUNK];
            long size = 0;
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                insert.setLong(1, runId);
                insert.setInt(2, seq++);
                insert.setBytes(3, read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read));
                insert.executeUpdate();
                size += read;
                if (read < CHUNK) {
                    break;
                }
            }
            return new Stored(size, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        }
    }

    private static ReportFormat formatOf(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT format FROM report_runs WHERE id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Report run " + runId + " is gone");
                }
                return ReportFormat.valueOf(row.getString(1));
            }
        }
    }

    /** Where run {@code runId}'s output is (a run stored before this was recorded is in the database). */
    Location locationOf(long runId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT output_store, output_file FROM report_runs WHERE id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(1) == null || !FILE.equals(row.getString(1))) {
                    return new Location(DATABASE, null);
                }
                return new Location(FILE, Path.of(row.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read where the output of report run " + runId + " is", e);
        }
    }

    /**
     * Refuses, saying why, when run {@code runId}'s output was written to a file that is no longer there, or not
     * whole ({@code sizeBytes} recorded), moved or changed outside CRMir; the download then sends nothing, not a
     * broken file. Logged once as the fault it is. Called by {@link ReportRuns#downloadable}, which checks the role.
     */
    void checkPresent(long runId, Long sizeBytes) {
        Location location = locationOf(runId);
        String wrong = wrongWith(location, sizeBytes);
        if (wrong != null) {
            LOG.warning("The output of report run " + runId + " is missing: " + location.file() + " " + wrong
                    + " there");
            throw new RuleViolationException("The output of run " + runId + " is missing: its file "
                    + location.file().getFileName() + " " + wrong + " in the reports' output directory (moved or"
                    + " deleted outside CRMir). Run the report again.");
        }
    }

    /** True when run {@code runId}'s output was written to a file that is gone or not whole. */
    boolean fileMissing(long runId, Long sizeBytes) {
        return wrongWith(locationOf(runId), sizeBytes) != null;
    }

    /** What is wrong with an output's file ("is no longer", "is not whole" there), or null if nothing is. */
    private static String wrongWith(Location location, Long sizeBytes) {
        if (!location.inFile()) {
            return null;
        }
        try {
            return !Files.isRegularFile(location.file()) ? "is no longer"
                    : sizeBytes != null && Files.size(location.file()) != sizeBytes ? "is not whole" : null;
        } catch (IOException e) {
            return "cannot be read";
        }
    }

    /**
     * Writes the output of run {@code runId} to {@code out}: from its file, or chunk by chunk: the chunks' numbers
     * first, then each chunk read on a connection of its own and written after that connection is closed, so a slow
     * client holds nothing of the database's (called outside a transaction, each read is its own), after
     * {@link #checkPresent}.
     */
    void writeTo(long runId, OutputStream out) throws IOException {
        Location location = locationOf(runId);
        if (location.inFile()) {
            // Streamed from the file: no connection is held while the client reads.
            Files.copy(location.file(), out);
            return;
        }
        for (int seq : chunksOf(runId)) {
            out.write(chunk(runId, seq));
        }
    }

    private List<Integer> chunksOf(long runId) throws IOException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT seq FROM report_outputs WHERE run_id = ? ORDER BY seq")) {
            select.setLong(1, runId);
            List<Integer> seqs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getInt(1));
                }
            }
            return seqs;
        } catch (SQLException e) {
            throw new IOException("Could not read the output of report run " + runId, e);
        }
    }

    private byte[] chunk(long runId, int seq) throws IOException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT content FROM report_outputs WHERE run_id = ? AND seq = ?")) {
            select.setLong(1, runId);
            select.setInt(2, seq);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IOException("Chunk " + seq + " of the output of report run " + runId + " is gone");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("Could not read the output of report run " + runId, e);
        }
    }

    /**
     * Removes the output of run {@code runId}: its chunks in the caller's transaction, or its file once that
     * transaction commits (one already gone is no failure: removing is what was wanted; one that cannot be deleted
     * is logged and left, and the removal goes on).
     */
    void remove(long runId) {
        Location location = locationOf(runId);
        if (location.inFile()) {
            files.deleteAfterCommit(runId, location.file());
            return;
        }
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM report_outputs WHERE run_id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the output of report run " + runId, e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
