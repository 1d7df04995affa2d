package org.crmir.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of one currency: invoiced, collected (net of refunds), and the invoices settled with their days from
 * issue to settlement added up.
 */
public record MonthCollection(YearMonth month, String currency, BigDecimal issued, BigDecimal collected,
        long settled, long daysToPay) implements Serializable {
}
