package org.crmir.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Fills the document template and exports it to PDF. The JRXML is compiled once, on first use, and the compiled
 * report (immutable, thread-safe) serves every request after.
 */
@ApplicationScoped
public class DocumentRenderer {

    private static final String TEMPLATE = "/org/crmir/report/document.jrxml";

    private volatile JasperReport compiled;

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
        parameters.put("PAY_LINK", content.payLink());
        try {
            JasperPrint print = JasperFillManager.fillReport(template(), parameters,
                    new JRBeanCollectionDataSource(content.lines()));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render the PDF of " + content.number(), e);
        }
    }

    private JasperReport template() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    try (InputStream jrxml = DocumentRenderer.class.getResourceAsStream(TEMPLATE)) {
                        report = JasperCompileManager.compileReport(jrxml);
                    } catch (JRException e) {
                        throw new IllegalStateException("The document template does not compile", e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    compiled = report;
                }
            }
        }
        return report;
    }
}
