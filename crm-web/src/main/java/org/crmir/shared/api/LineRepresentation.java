package org.crmir.shared.api;

import java.math.BigDecimal;
import org.crmir.shared.DocumentLine;
import org.crmir.shared.LineInput;

/** A document line in JSON; on write, {@code lineTotal} is ignored (it is computed). */
public record LineRepresentation(Long productId, String description, BigDecimal quantity, String unit,
        BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {

    public static LineRepresentation of(DocumentLine line) {
        return new LineRepresentation(line.getProductId(), line.getDescription(), line.getQuantity(), line.getUnit(),
                line.getUnitPrice(), line.getDiscountPercent(), line.getTaxRate(), line.getLineTotal());
    }

    public LineInput toInput() {
        return new LineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRate);
    }
}
