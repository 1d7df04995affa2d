package org.crmir.contract;

/** What one billing run did: invoices made, and contracts it could not bill (retried on the next run). */
public record BillingRun(int invoices, int failedContracts) {

    public int getInvoices() { return invoices; }
    public int getFailedContracts() { return failedContracts; }
}
