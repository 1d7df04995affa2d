package org.crmir.importing;

import java.io.Serializable;
import java.util.List;

/**
 * A CSV file as read: the names in its header and its rows. Blank rows are left out but counted, so that a row's
 * number is the one a spreadsheet shows (the header is row 1).
 */
public record CsvTable(List<String> header, List<Row> rows) implements Serializable {

    /** One row of cells, numbered as in a spreadsheet. */
    public record Row(int number, List<String> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in {@code column}, or null when the row is shorter or no column is given (-1). */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
