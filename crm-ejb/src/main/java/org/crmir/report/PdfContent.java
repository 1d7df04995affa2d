package org.crmir.report;

import java.util.List;

/** Everything one document's PDF shows, already worded; the template only places it. */
public record PdfContent(String title, String number, String dates, String company, String client, String currency,
        String taxSummary, String totals, String total, String footer, List<PdfLine> lines) {
}
