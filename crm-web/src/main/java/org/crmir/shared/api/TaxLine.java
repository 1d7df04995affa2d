package org.crmir.shared.api;

import java.math.BigDecimal;

/** The tax of one rate on a document. */
public record TaxLine(BigDecimal rate, BigDecimal amount) {
}
