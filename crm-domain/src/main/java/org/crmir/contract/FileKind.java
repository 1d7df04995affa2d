package org.crmir.contract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a contract may carry, recognised by their content (magic bytes), not by the name or the
 * type the browser claims: PDF, PNG, JPEG and Word (DOCX, a ZIP holding {@code word/document.xml}).
 */
public enum FileKind {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] DOCX_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * What {@code content} is. A ZIP counts as DOCX only with the parts of a Word document, found by their names
     * in the archive's headers (stored uncompressed), without unpacking anything.
     */
    public static Optional<FileKind> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC) && contains(content, DOCX_PART) && contains(content, CONTENT_TYPES)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** A name safe to store and to send back in a download header: no path, no control or quote characters. */
    public static String cleanName(String name, FileKind kind) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "").strip();
        if (base.length() > 150) {
            base = base.substring(base.length() - 150);
        }
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "document";
        }
        String lower = base.toLowerCase(java.util.Locale.ROOT);
        boolean matches = lower.endsWith(kind.extension) || (kind == JPEG && lower.endsWith(".jpeg"));
        return matches ? base : base + kind.extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
