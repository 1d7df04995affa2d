package org.crmir.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the cells hold, a file written the way spreadsheets quote reads back cell for cell. */
class CsvFilePropertyTest {

    @Property
    void aWrittenTableReadsBackTheSame(@ForAll("tables") List<List<String>> rows, @ForAll("separators") char sep) {
        List<String> header = List.of("A", "B", "C");
        StringBuilder text = new StringBuilder(line(header, sep));
        rows.forEach(row -> text.append(line(row, sep)));
        CsvTable table = CsvFile.read(text.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(header, table.header());
        List<List<String>> expected = new ArrayList<>();
        rows.stream().filter(r -> !r.stream().allMatch(String::isBlank)).forEach(expected::add);
        assertEquals(escaped(expected), escaped(table.rows().stream().map(CsvTable.Row::cells).toList()));
    }

    private static String escaped(List<List<String>> rows) {
        return rows.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String line(List<String> cells, char sep) {
        List<String> quoted = cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList();
        return String.join(String.valueOf(sep), quoted) + "\r\n";
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("ab,;\t\"\n\r éß€ ").ofMaxLength(12);
        return cell.list().ofSize(3).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of(',', ';', '\t');
    }
}
