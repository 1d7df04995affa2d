package org.crmir.catalog.api;

import java.math.BigDecimal;
import org.crmir.catalog.Product;
import org.crmir.catalog.ProductKind;

/** A product or service in JSON. */
public record ProductRepresentation(Long id, String sku, String name, String description, ProductKind kind,
        String unit, BigDecimal unitPrice, String currency, Long taxRateId, BigDecimal taxRate, Boolean active,
        Long version) {

    static ProductRepresentation of(Product p) {
        return new ProductRepresentation(p.getId(), p.getSku(), p.getName(), p.getDescription(), p.getKind(),
                p.getUnit(), p.getPrice().amount(), p.getCurrency(),
                p.getTaxRate() == null ? null : p.getTaxRate().getId(),
                p.getTaxRate() == null ? null : p.getTaxRate().getPercentage(), p.isActive(), p.getVersion());
    }
}
