package org.crmir.figures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import org.crmir.shared.web.CsvExport;

/** The download buttons of the analytics tables: each table as CSV (and XLSX). */
@Named
@RequestScoped
public class AnalyticsDownloads {

    public void csv(AnalyticsTable table) throws IOException {
        CsvExport.download(table.name() + ".csv", table.header(),
                page -> page.offset() == 0 ? table.rows() : java.util.List.of(), row -> row);
    }
}
