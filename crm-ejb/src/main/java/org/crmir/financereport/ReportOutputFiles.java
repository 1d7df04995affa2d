package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files of outputs kept in a directory, tied to the transaction that records them: a file is written whole
 * (under a temporary name, forced to disk, moved into place), deleted again when that transaction rolls back, and
 * deleted by retention only once the removal is committed. Readable by the server's user only, where the file
 * system has POSIX permissions.
 */
@ApplicationScoped
public class ReportOutputFiles {

    private static final Logger LOG = Logger.getLogger(ReportOutputFiles.class.getName());
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Copies {@code file} to {@code target} through a digest, as {@link ReportOutputs#store} records it in the
     * caller's transaction; if that transaction does not commit, the file is deleted again. A file already at
     * {@code target} is refused: a run's name is used once, so it means two installations share the directory or a
     * database was restored over newer outputs, and overwriting would give someone else's report.
     */
    ReportOutputs.Stored store(Path file, Path target) throws IOException {
        createPrivateDirectories(target.getParent());
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a report output is already there;"
                    + " another installation (or a restored database) writes to the same directory. Give each"
                    + " installation its own CRMIR_REPORT_OUTPUT_DIR or database name");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        // A part of this run left by a rendering that died: never a finished output, so never worth keeping.
        Files.deleteIfExists(part);
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), ReportOutputs.sha256());
             FileChannel out = FileChannel.open(part, Set.of(StandardOpenOption.CREATE_NEW,
                     StandardOpenOption.WRITE), privateTo(false))) {
            long size = in.transferTo(Channels.newOutputStream(out));
            // On disk before it takes the run's name: a crash after the commit leaves a whole file or none.
            out.force(true);
            String sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            // Registered before the move, so that no failure from here on leaves a file of a run not recorded.
            deleteUnlessCommitted(target);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(target.getParent());
            return new ReportOutputs.Stored(size, sha256);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /**
     * Deletes run {@code runId}'s {@code file} once the caller's transaction commits (at once without one), so a
     * removal rolled back keeps its file. A file that cannot be deleted is logged and left: the others go on.
     */
    void deleteAfterCommit(long runId, Path file) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            delete(runId, file);
            return;
        }
        transactions.registerInterposedSynchronization(new AfterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                delete(runId, file);
            }
        }));
    }

    private static void delete(long runId, Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the output of report run " + runId + " (" + file + "): its"
                    + " run says removed; delete the file by hand", e);
        }
    }

    private void deleteUnlessCommitted(Path target) {
        transactions.registerInterposedSynchronization(new AfterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete " + target + ", the output of a run not recorded", e);
                }
            }
        }));
    }

    /** The directory and its parents, rwx------ where they are created on a POSIX file system. */
    static void createPrivateDirectories(Path directory) throws IOException {
        Files.createDirectories(directory, privateTo(true));
    }

    private static FileAttribute<?>[] privateTo(boolean directory) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))} : new FileAttribute<?>[0];
    }

    /** The directory's entry for the moved file on disk too, where the platform lets a directory be opened. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "This platform cannot force a directory: " + directory, e);
        }
    }

    private record AfterCompletion(java.util.function.IntConsumer then) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            then.accept(status);
        }
    }
}
