package org.crmir.contract;

/** What recurring billing makes for each period: a draft for finance to check, or an issued invoice. */
public enum InvoiceMode {
    DRAFT, ISSUED
}
