package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import org.junit.jupiter.api.Test;

/** Progress is best effort, and an export that fails leaves no temporary file behind. */
class RenderingFailuresTest {

    @Test
    void aFailureToRecordProgressDoesNotStopTheRendering() {
        long[] clock = {0};
        List<Long> told = new ArrayList<>();
        ProgressTold progress = new ProgressTold(rows -> {
            told.add(rows);
            throw new IllegalStateException("lock wait timeout");
        }, 10, () -> clock[0]);
        progress.accept(2_000);
        clock[0] = 10;
        progress.accept(4_000);
        clock[0] = 15;
        progress.accept(6_000);
        clock[0] = 20;
        progress.accept(8_000);
        assertEquals(List.of(4_000L, 8_000L), told, "at most once per period, and on after a failure");
    }

    @Test
    void aFailedExportDeletesItsTemporaryFile() throws Exception {
        String extension = "failed" + System.nanoTime();
        assertThrows(JRException.class, () -> ReportRenderer.exported(extension, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new JRException("the exporter gave up");
        }));
        assertEquals(0, leftOver(extension));
        assertThrows(OutOfMemoryError.class, () -> ReportRenderer.exported(extension, out -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertEquals(0, leftOver(extension));
        Path written = ReportRenderer.exported(extension, out -> out.write(7));
        try {
            assertEquals(1, Files.size(written));
        } finally {
            Files.delete(written);
        }
    }

    private static int leftOver(String extension) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "crmir-report-*." + extension)) {
            for (Path ignored : files) {
                n++;
            }
        }
        return n;
    }
}
