package org.crmir.figures.web;

import java.util.List;

/**
 * One table of the analytics page as users see it and download it: a file name (without extension), column
 * headings, and rows of cells (text, numbers as BigDecimal or Long, dates as LocalDate).
 */
public record AnalyticsTable(String name, List<String> header, List<List<Object>> rows) {

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public String getName() {
        return name;
    }

    public List<String> getHeader() {
        return header;
    }

    public List<List<Object>> getRows() {
        return rows;
    }

    /** The columns' positions, for a table whose columns are given by its header. */
    public List<Integer> getColumns() {
        return java.util.stream.IntStream.range(0, header.size()).boxed().toList();
    }
}
