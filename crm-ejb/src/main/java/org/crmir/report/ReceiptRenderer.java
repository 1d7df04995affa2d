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
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Fills the receipt template and exports it to PDF. The JRXML is compiled once, on first use; the compiled
 * report is immutable and serves every receipt after.
 */
@ApplicationScoped
public class ReceiptRenderer {

    private static final String TEMPLATE = "/org/crmir/report/receipt.jrxml";

    private volatile JasperReport compiled;

    public byte[] render(ReceiptContent content) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("COMPANY", content.company());
        parameters.put("CLIENT", content.client());
        parameters.put("RECEIPT_NUMBER", content.number());
        parameters.put("DETAILS", content.details());
        parameters.put("AMOUNT", content.amount());
        parameters.put("SUMMARY", content.summary());
        parameters.put("FOOTER", content.footer());
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(template(), parameters,
                    new JRBeanCollectionDataSource(content.lines())));
        } catch (JRException e) {
            throw new IllegalStateException("Could not render receipt " + content.number(), e);
        }
    }

    private JasperReport template() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    try (InputStream jrxml = ReceiptRenderer.class.getResourceAsStream(TEMPLATE)) {
                        report = JasperCompileManager.compileReport(jrxml);
                    } catch (JRException e) {
                        throw new IllegalStateException("The receipt template does not compile", e);
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
