package org.crmir.report;

import java.util.List;

/**
 * Everything one document's PDF shows, already worded; the template only places it. {@code link} (may be null)
 * is the document's public link (an invoice's pay link, a quote's accept link), printed after {@code linkLabel}
 * as a clickable link.
 */
public record PdfContent(String title, String number, String dates, String company, String client, String currency,
        String taxSummary, String totals, String total, String footer, List<PdfLine> lines, String linkLabel,
        String link) {

    public PdfContent(String title, String number, String dates, String company, String client, String currency,
            String taxSummary, String totals, String total, String footer, List<PdfLine> lines) {
        this(title, number, dates, company, client, currency, taxSummary, totals, total, footer, lines, null, null);
    }

    /** The same content with a public link under it. */
    public PdfContent withLink(String label, String url) {
        return new PdfContent(title, number, dates, company, client, currency, taxSummary, totals, total, footer,
                lines, label, url);
    }
}
