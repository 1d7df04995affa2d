package org.crmir.report;

import java.io.Serializable;
import java.util.List;
import org.crmir.shared.DocumentLine;
import org.crmir.shared.DocumentTotals;
import org.crmir.shared.PricedDocument;

/**
 * Everything one document's PDF shows, already worded; the template only places it. {@code link} (may be null)
 * is the document's public link (an invoice's pay link, a quote's accept link), printed after {@code linkLabel}
 * as a clickable link.
 */
public record PdfContent(String title, String number, String dates, String company, String client, String currency,
        String taxSummary, String totals, String total, String footer, List<PdfLine> lines, String linkLabel,
        String link) implements Serializable {

    public PdfContent(String title, String number, String dates, String company, String client, String currency,
            String taxSummary, String totals, String total, String footer, List<PdfLine> lines) {
        this(title, number, dates, company, client, currency, taxSummary, totals, total, footer, lines, null, null);
    }

    /**
     * A quote's or an invoice's content: its lines, the tax per rate and the sums; {@code balance} (may be null)
     * is printed under the sums.
     */
    public static PdfContent priced(String title, String number, String dates, String company, String client,
            PricedDocument<?> document, String footer, String balance) {
        DocumentTotals totals = document.totals();
        StringBuilder taxes = new StringBuilder();
        totals.taxByRate().forEach((rate, tax) -> taxes.append("Tax ").append(rate.toPlainString()).append(" %: ")
                .append(tax).append('\n'));
        String sums = "Subtotal: " + totals.subtotal() + (totals.discount().isZero() ? ""
                : "\nDiscount: -" + totals.discount()) + "\nTax: " + totals.tax()
                + (balance == null ? "" : "\n" + balance);
        return new PdfContent(title, number, dates, company, client, document.getCurrency(),
                taxes.toString().strip(), sums, "Total: " + totals.total(), footer, document.getLines().stream()
                        .map(l -> PdfLine.of((DocumentLine) l, document.getCurrencyDigits())).toList());
    }

    /** The same content with a public link under it. */
    public PdfContent withLink(String label, String url) {
        return new PdfContent(title, number, dates, company, client, currency, taxSummary, totals, total, footer,
                lines, label, url);
    }
}
