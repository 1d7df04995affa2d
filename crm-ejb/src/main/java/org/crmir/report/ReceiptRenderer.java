package org.crmir.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Fills the receipt template and exports it to PDF. The JRXML is compiled once, on first use; the compiled
 * report is immutable and serves every receipt after.
 */
@ApplicationScoped
public class ReceiptRenderer {

    private static final String TEMPLATE = "/org/crmir/report/receipt.jrxml";

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);

    public byte[] render(ReceiptContent content) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("COMPANY", content.company());
        parameters.put("CLIENT", content.client());
        parameters.put("RECEIPT_NUMBER", content.number());
        parameters.put("DETAILS", content.details());
        parameters.put("AMOUNT", content.amount());
        parameters.put("SUMMARY", content.summary());
        parameters.put("FOOTER", content.footer());
        return template.renderPdf(parameters, new JRBeanCollectionDataSource(content.lines()),
                "receipt " + content.number());
    }
}
