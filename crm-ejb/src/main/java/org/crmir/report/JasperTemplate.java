package org.crmir.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * One JRXML template on the class path, compiled once on first use; the compiled report is immutable and
 * thread-safe, so it fills every PDF after. Each renderer keeps one of these (the finance reports one per report).
 */
public final class JasperTemplate {

    private final String resource;
    private volatile JasperReport compiled;

    public JasperTemplate(String resource) {
        this.resource = resource;
    }

    /** Fills the template with {@code parameters} and {@code rows}, and exports it to PDF. */
    public byte[] renderPdf(Map<String, Object> parameters, JRDataSource rows, String what) {
        try {
            // JasperReports adds its own entries to the parameter map: never hand it the caller's.
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(compiled(),
                    new HashMap<>(parameters), rows));
        } catch (JRException e) {
            throw new IllegalStateException("Could not render the PDF of " + what, e);
        }
    }

    /**
     * The compiled report, compiled on the first call; for a caller that fills it its own way (the finance reports
     * fill from a streaming result set with a virtualizer and export to several formats).
     */
    public JasperReport compiled() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    try (InputStream jrxml = JasperTemplate.class.getResourceAsStream(resource)) {
                        if (jrxml == null) {
                            throw new IllegalStateException("No template " + resource);
                        }
                        report = JasperCompileManager.compileReport(jrxml);
                    } catch (JRException e) {
                        throw new IllegalStateException("The template " + resource + " does not compile", e);
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
