package org.crmir.report;

import java.io.Serializable;

/** One invoice a payment was applied to: its number, the part applied, and what it still owes. */
public record ReceiptLine(String invoice, String applied, String balance) implements Serializable {

    // JasperReports reads fields as JavaBean properties.
    public String getInvoice() { return invoice; }
    public String getApplied() { return applied; }
    public String getBalance() { return balance; }
}
