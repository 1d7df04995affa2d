package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import javax.sql.DataSource;

/**
 * Outputs in the database, in chunks of {@value #CHUNK} bytes ({@code report_outputs}), written and read one
 * chunk at a time, so that neither side holds a whole output, and no packet is larger than a chunk.
 */
@ApplicationScoped
public class ReportOutputs {

    static final int CHUNK = 1 << 20;

    /** What was stored: its size and SHA-256. */
    public record Stored(long size, String sha256) {
    }

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    DataSource database;

    /** Stores {@code file} as the output of run {@code runId}, in the caller's transaction. */
    Stored store(long runId, Path file) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO report_outputs (run_id, seq, content) VALUES (?, ?, ?)");
             InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
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
            return new Stored(size, HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the output of report run " + runId + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the output of run {@code runId} to {@code out}, chunk by chunk: the chunks' numbers first, then each
     * chunk read on a connection of its own and written after that connection is closed, so a slow client holds
     * nothing of the database's (called outside a transaction, each read is its own).
     */
    void writeTo(long runId, OutputStream out) throws IOException {
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

    /** Removes the output of run {@code runId}, in the caller's transaction. */
    void remove(long runId) {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM report_outputs WHERE run_id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the output of report run " + runId, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
