package org.crmir.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import org.crmir.shared.Money;

/** A product or service by its revenue (before tax) in one currency; product 0 stands for lines without one. */
public record RankedProduct(String currency, long productId, String name, Money revenue, BigDecimal quantity)
        implements Serializable {

    public String getCurrency() {
        return currency;
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public Money getRevenue() {
        return revenue;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
