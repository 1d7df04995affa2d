package org.crmir.report;

import java.util.List;

/**
 * Everything one document's PDF shows, already worded; the template only places it. {@code payLink} (may be
 * null) is the invoice's public pay link, printed as a clickable link.
 */
public record PdfContent(String title, String number, String dates, String company, String client, String currency,
        String taxSummary, String totals, String total, String footer, List<PdfLine> lines, String payLink) {

    public PdfContent(String title, String number, String dates, String company, String client, String currency,
            String taxSummary, String totals, String total, String footer, List<PdfLine> lines) {
        this(title, number, dates, company, client, currency, taxSummary, totals, total, footer, lines, null);
    }
}
