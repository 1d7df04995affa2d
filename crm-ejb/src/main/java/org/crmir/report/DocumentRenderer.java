package org.crmir.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Fills the document template and exports it to PDF. The JRXML is compiled once, on first use, and the compiled
 * report (immutable, thread-safe) serves every request after.
 */
@ApplicationScoped
public class DocumentRenderer {

    private static final String TEMPLATE = "/org/crmir/report/document.jrxml";

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);

    public byte[] render(PdfContent content) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DOCUMENT_TITLE", content.title());
        parameters.put("DOCUMENT_NUMBER", content.number());
        parameters.put("DATES", content.dates());
        parameters.put("COMPANY", content.company());
        parameters.put("CLIENT", content.client());
        parameters.put("CURRENCY", content.currency());
        parameters.put("TAX_SUMMARY", content.taxSummary());
        parameters.put("TOTALS", content.totals());
        parameters.put("TOTAL", content.total());
        parameters.put("FOOTER", content.footer());
        parameters.put("LINK_LABEL", content.linkLabel());
        parameters.put("LINK", content.link());
        return template.renderPdf(parameters, new JRBeanCollectionDataSource(content.lines()), content.number());
    }
}
