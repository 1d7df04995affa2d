package org.crmir.shared;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a user (or a quote being converted) puts on a document line; {@code productId} is optional. */
public record LineInput(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public Long getProductId() { return productId; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
}
