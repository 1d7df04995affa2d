package org.crmir.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crmir.shared.InvalidInputException;

/**
 * Reads a CSV file as spreadsheets write it (RFC 4180: quoted cells may hold separators, quotes and line breaks).
 * The separator is the comma, semicolon or tab the header uses most. Text must be UTF-8 (with or without a byte
 * order mark) or UTF-16 with one; any other encoding is refused rather than guessed, since a wrong guess turns every
 * accented name into garbage without anyone noticing. Every refusal names the file and, where it can, the row.
 */
public final class CsvFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = 10_000;

    static final String FIELD = "file";

    private final String text;
    private final char separator;
    private int position;
    private int record = 1;

    private CsvFile(String text) {
        this.text = text;
        this.separator = separatorOf(text);
    }

    /** The table in {@code content}; refused with a message a user can act on when it cannot be read. */
    public static CsvTable read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FIELD, "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "The file is larger than 10 MB; split it into smaller files.");
        }
        return new CsvFile(decode(content)).table();
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(content, 3);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        return strictUtf8(content, 0);
    }

    private static String strictUtf8(byte[] content, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content, from, content.length - from);
        try {
            return decoder.decode(bytes).toString();
        } catch (MalformedInputException bad) {
            throw notUtf8(lineOf(content, from, bytes.position()));
        } catch (CharacterCodingException bad) {
            throw notUtf8(lineOf(content, from, bytes.position()));
        }
    }

    private static InvalidInputException notUtf8(int line) {
        return new InvalidInputException(FIELD, "The file is not UTF-8 text (line " + line + " holds a character"
                + " that cannot be read). Save it again as \"CSV UTF-8\": in Excel, Save As → CSV UTF-8 (Comma"
                + " delimited); in LibreOffice, choose the character set Unicode (UTF-8).");
    }

    /** The 1-based line of the byte where decoding stopped. */
    private static int lineOf(byte[] content, int from, int stoppedAt) {
        int line = 1;
        for (int i = from; i < Math.min(stoppedAt, content.length); i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The comma, semicolon or tab used most in the first line outside quotes; a comma if none is. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted) {
                commas += ch == ',' ? 1 : 0;
                semicolons += ch == ';' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private CsvTable table() {
        List<String> header = nextRecord();
        if (header == null || header.stream().allMatch(String::isBlank)) {
            throw new InvalidInputException(FIELD, "The file has no header row: its first row must name the columns.");
        }
        List<String> names = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            names.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        List<CsvTable.Row> rows = new ArrayList<>();
        for (List<String> cells = nextRecord(); cells != null; cells = nextRecord()) {
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new InvalidInputException(FIELD, "The file has more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_ROWS)
                        + " rows; split it into files of at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_ROWS) + " rows.");
            }
            rows.add(new CsvTable.Row(record - 1, cells));
        }
        return new CsvTable(names, rows);
    }

    /** The next record's cells, or null at the end of the text. */
    private List<String> nextRecord() {
        if (position >= text.length()) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int startRecord = record;
        while (position < text.length()) {
            char ch = text.charAt(position++);
            if (quoted) {
                if (ch == '"' && position < text.length() && text.charAt(position) == '"') {
                    cell.append('"');
                    position++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    append(cell, ch, cells.size());
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == separator) {
                addCell(cells, cell);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                break;
            } else {
                append(cell, ch, cells.size());
            }
        }
        if (quoted) {
            throw new InvalidInputException(FIELD, "Row " + startRecord + ": a cell opens a quote (\") that is"
                    + " never closed.");
        }
        addCell(cells, cell);
        record++;
        return cells;
    }

    private void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() == MAX_COLUMNS) {
            throw new InvalidInputException(FIELD, "Row " + record + " has more than " + MAX_COLUMNS + " columns.");
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private void append(StringBuilder cell, char ch, int column) {
        if (cell.length() == MAX_CELL) {
            throw new InvalidInputException(FIELD, "Row " + record + ", column " + (column + 1) + " holds more than "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_CELL) + " characters (is a quote left open?).");
        }
        cell.append(ch);
    }
}
