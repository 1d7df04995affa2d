package org.crmir.shared;

import java.math.BigDecimal;

/** What a user (or a quote being converted) puts on a document line; {@code productId} is optional. */
public record LineInput(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate) {
}
