package org.crmir.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/** Fills the contract template and exports it to PDF; the JRXML is compiled once, on first use. */
@ApplicationScoped
public class ContractRenderer {

    private static final String TEMPLATE = "/org/crmir/contract/contract.jrxml";

    private volatile JasperReport compiled;

    public byte[] render(Map<String, Object> parameters) {
        try {
            JasperPrint print = JasperFillManager.fillReport(template(), new java.util.HashMap<>(parameters),
                    new JREmptyDataSource(1));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render the PDF of contract " + parameters.get("NUMBER"), e);
        }
    }

    private JasperReport template() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    try (InputStream jrxml = ContractRenderer.class.getResourceAsStream(TEMPLATE)) {
                        report = JasperCompileManager.compileReport(jrxml);
                    } catch (JRException e) {
                        throw new IllegalStateException("The contract template does not compile", e);
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
