package org.crmir.financereport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import org.crmir.report.JasperTemplate;

/**
 * The catalog's JRXML ({@code org/crmir/financereport/<code>.jrxml}, the source of truth for each layout), each
 * compiled once on first use by a {@link JasperTemplate}, as the document templates are; a compiled report is
 * immutable and fills every run after.
 */
@ApplicationScoped
public class ReportTemplates {

    private final Map<FinanceReport, JasperTemplate> templates = new EnumMap<>(FinanceReport.class);

    public ReportTemplates() {
        for (FinanceReport report : FinanceReport.values()) {
            templates.put(report, new JasperTemplate(resource(report)));
        }
    }

    public JasperReport of(FinanceReport report) {
        return templates.get(report).compiled();
    }

    static String resource(FinanceReport report) {
        return "/org/crmir/financereport/" + report.code() + ".jrxml";
    }
}
