package org.crmir.financereport;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The catalog's JRXML, each compiled once on first use (as the document templates are); a compiled report is
 * immutable and fills every run after.
 */
@ApplicationScoped
public class ReportTemplates {

    private final Map<FinanceReport, JasperReport> compiled = new ConcurrentHashMap<>();

    public JasperReport of(FinanceReport report) {
        return compiled.computeIfAbsent(report, ReportTemplates::compile);
    }

    private static JasperReport compile(FinanceReport report) {
        String resource = "/org/crmir/financereport/" + report.code() + ".jrxml";
        try (InputStream jrxml = ReportTemplates.class.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("No template " + resource);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException e) {
            throw new IllegalStateException("The template " + resource + " does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
