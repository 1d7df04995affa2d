package org.crmir.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Revenue (before tax) of one month, currency and item (a product, a client segment or an owner). */
public record MonthRevenue(YearMonth month, String currency, String item, BigDecimal amount, BigDecimal quantity)
        implements Serializable {
}
