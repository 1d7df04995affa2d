package org.crmir.contract;

import java.io.Serializable;

/** What one billing run did: invoices made, and contracts it could not bill (retried on the next run). */
public record BillingRun(int invoices, int failedContracts) implements Serializable {

    public int getInvoices() { return invoices; }
    public int getFailedContracts() { return failedContracts; }
}
