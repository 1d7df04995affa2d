package org.crmir.payment;

import java.io.Serializable;
import java.time.LocalDate;

/** What the reconciliation page narrows gateway events to; null fields do not narrow. Dates are UTC days. */
public record GatewayEventFilter(GatewayEventStatus status, String gateway, LocalDate from, LocalDate to)
        implements Serializable {

    public static GatewayEventFilter none() {
        return new GatewayEventFilter(null, null, null, null);
    }
}
