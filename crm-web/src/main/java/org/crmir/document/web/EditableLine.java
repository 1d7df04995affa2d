package org.crmir.document.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.crmir.shared.LineInput;

/** One row of the line editor, as the user types it. */
public class EditableLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long productId;
    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private String unit;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent = BigDecimal.ZERO;
    private BigDecimal taxRate = BigDecimal.ZERO;
    private String lineTotal = "";

    static EditableLine of(LineInput line) {
        EditableLine row = new EditableLine();
        row.productId = line.productId();
        row.description = line.description();
        row.quantity = line.quantity();
        row.unit = line.unit();
        row.unitPrice = line.unitPrice();
        row.discountPercent = line.discountPercent();
        row.taxRate = line.taxRate();
        return row;
    }

    LineInput toInput() {
        return new LineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRate);
    }

    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
    public void setTaxRate(BigDecimal taxRate) { this.taxRate = taxRate; }
    public String getLineTotal() { return lineTotal; }
    void setLineTotal(String lineTotal) { this.lineTotal = lineTotal; }
}
