package org.crmir.report;

import java.math.BigDecimal;
import org.crmir.shared.DocumentLine;

/** A line as the template reads it (JavaBean getters for JasperReports' field access). */
public class PdfLine {

    private final String description;
    private final BigDecimal quantity;
    private final String unit;
    private final BigDecimal unitPrice;
    private final BigDecimal discountPercent;
    private final BigDecimal taxRate;
    private final BigDecimal lineTotal;

    public PdfLine(String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
        this.taxRate = taxRate;
        this.lineTotal = lineTotal;
    }

    /** A stored line (amounts kept with four decimals) shown at the currency's scale. */
    static PdfLine of(DocumentLine line, int currencyDigits) {
        return new PdfLine(line.getDescription(), line.getQuantity(), line.getUnit(),
                line.getUnitPrice().setScale(currencyDigits), line.getDiscountPercent(), line.getTaxRate(),
                line.getLineTotal().setScale(currencyDigits));
    }

    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
    public BigDecimal getLineTotal() { return lineTotal; }
}
