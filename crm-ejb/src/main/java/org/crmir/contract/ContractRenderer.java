package org.crmir.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.crmir.report.JasperTemplate;

/** Fills the contract template and exports it to PDF; the JRXML is compiled once, on first use. */
@ApplicationScoped
public class ContractRenderer {

    private static final String TEMPLATE = "/org/crmir/contract/contract.jrxml";

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);

    public byte[] render(Map<String, Object> parameters) {
        return template.renderPdf(parameters, new JREmptyDataSource(1), "contract " + parameters.get("NUMBER"));
    }
}
