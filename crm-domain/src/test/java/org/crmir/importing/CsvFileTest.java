package org.crmir.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static CsvTable read(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
        CsvTable table = read("Name,Note\r\n\"Müller, Ann\",\"said \"\"hi\"\"\nthen left\"\r\nBob,\r\n");
        assertEquals(List.of("Name", "Note"), table.header());
        assertEquals(List.of("Müller, Ann", "said \"hi\"\nthen left"), table.rows().get(0).cells());
        assertEquals(List.of("Bob", ""), table.rows().get(1).cells());
        assertEquals(2, table.rows().get(0).number());
        assertEquals(3, table.rows().get(1).number(), "a quoted line break does not start a new row");
    }

    @Test
    void takesTheSeparatorTheHeaderUses() {
        assertEquals(List.of("1,5", "Köln"), read("Preis;Stadt\n1,5;Köln\n").rows().get(0).cells());
        assertEquals(List.of("a b", "c"), read("x\ty\na b\tc\n").rows().get(0).cells());
    }

    @Test
    void blankRowsAreSkippedButCounted() {
        CsvTable table = read("Name\nAnn\n\n,\nBob");
        assertEquals(2, table.rows().size());
        assertEquals(5, table.rows().get(1).number(), "Bob is on the sheet's row 5");
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndUtf16() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Name\nÅsa\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Name", CsvFile.read(withBom).header().get(0));
        byte[] utf16 = "\uFEFFName\tCity\nÅsa\tMalmö\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("Åsa", "Malmö"), CsvFile.read(utf16).rows().get(0).cells());
    }

    @Test
    void refusesTextInAnotherEncodingNamingTheLineAndTheFix() {
        byte[] latin1 = "Name\nAnn\nJosé\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CsvFile.read(latin1));
        assertEquals("file", refused.getField());
        assertTrue(refused.getMessage().contains("not UTF-8") && refused.getMessage().contains("line 3")
                && refused.getMessage().contains("CSV UTF-8"), refused.getMessage());
    }

    @Test
    void refusesAnEmptyFileAFileWithoutHeaderAndAnOpenQuote() {
        assertThrows(InvalidInputException.class, () -> CsvFile.read(new byte[0]));
        assertTrue(assertThrows(InvalidInputException.class, () -> read("\n\n")).getMessage()
                .contains("no header"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read("Name\n\"Ann\nBob\n")).getMessage()
                .contains("Row 2"));
    }

    @Test
    void refusesMoreRowsThanTheLimitAndTakesExactlyTheLimit() {
        StringBuilder text = new StringBuilder("Name\n");
        for (int i = 0; i < CsvFile.MAX_ROWS; i++) {
            text.append('c').append(i).append('\n');
        }
        assertEquals(CsvFile.MAX_ROWS, read(text.toString()).rows().size());
        text.append("one more\n");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(text.toString()));
        assertTrue(refused.getMessage().contains("more than 100,000 rows"), refused.getMessage());
    }

    @Test
    void refusesAFileOverTenMegabytes() {
        byte[] big = new byte[CsvFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertTrue(assertThrows(InvalidInputException.class, () -> CsvFile.read(big)).getMessage()
                .contains("10 MB"));
    }
}
