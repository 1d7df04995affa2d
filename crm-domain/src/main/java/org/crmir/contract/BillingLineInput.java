package org.crmir.contract;

import java.math.BigDecimal;

/**
 * A recurring billing line as entered: usually a catalog product (its price, currency and tax filled in by the
 * service), or a free line in the contract's currency.
 */
public record BillingLineInput(Long productId, String description, BigDecimal quantity, String unit,
        BigDecimal unitPrice, String currency, BigDecimal discountPercent, BigDecimal taxRate) {

    public Long getProductId() { return productId; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public String getCurrency() { return currency; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
}
