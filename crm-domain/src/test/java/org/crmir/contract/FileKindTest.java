package org.crmir.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FileKindTest {

    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void filesAreRecognisedByTheirContentNotTheirName() throws Exception {
        assertEquals(Optional.of(FileKind.PDF), FileKind.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileKind.PNG), FileKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of(FileKind.DOCX), FileKind.sniff(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.empty(), FileKind.sniff(zip("[Content_Types].xml", "xl/workbook.xml")),
                "a spreadsheet is a ZIP too, but not a Word document");
        assertEquals(Optional.empty(), FileKind.sniff("MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), FileKind.sniff(new byte[0]));
    }

    @Test
    void namesLoseTheirPathAndGetTheExtensionOfTheirKind() {
        assertEquals("signed.pdf", FileKind.cleanName("C:\\scans\\signed.pdf", FileKind.PDF));
        assertEquals("scan.png.pdf", FileKind.cleanName("../../scan.png", FileKind.PDF));
        assertEquals("photo.jpeg", FileKind.cleanName("photo.jpeg", FileKind.JPEG));
        assertEquals("document.docx", FileKind.cleanName("  ", FileKind.DOCX));
        assertEquals("ab.pdf", FileKind.cleanName("a\"b\r\n.pdf", FileKind.PDF));
    }

    @Test
    void anEmptyAnOversizedOrAForeignFileIsRefused() {
        assertThrows(InvalidInputException.class, () -> ContractDocument.of(1L, "a.pdf", new byte[0], "sam",
                Instant.now()));
        byte[] large = new byte[FileKind.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        InvalidInputException tooLarge = assertThrows(InvalidInputException.class,
                () -> ContractDocument.of(1L, "a.pdf", large, "sam", Instant.now()));
        assertTrue(tooLarge.getMessage().contains("at most 10.0 MB"), tooLarge.getMessage());
        assertThrows(InvalidInputException.class, () -> ContractDocument.of(1L, "a.pdf",
                "plain text".getBytes(StandardCharsets.US_ASCII), "sam", Instant.now()));
        assertEquals(FileKind.PDF, ContractDocument.of(1L, "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                "sam", Instant.now()).getKind());
    }
}
