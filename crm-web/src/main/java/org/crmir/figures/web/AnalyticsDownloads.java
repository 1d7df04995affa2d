package org.crmir.figures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import org.crmir.shared.web.TableDownload;

/**
 * The download buttons of the analytics tables ({@code /WEB-INF/figures/table-download.xhtml}): each table as
 * CSV or as an Excel workbook, exactly the rows the page shows.
 */
@Named
@RequestScoped
public class AnalyticsDownloads {

    public void csv(AnalyticsTable table) throws IOException {
        TableDownload.csv(table.name(), table.header(), table.rows());
    }

    public void xlsx(AnalyticsTable table) throws IOException {
        TableDownload.xlsx(table.name(), table.header(), table.rows());
    }
}
