package org.crmir.financereport;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog: each report, what it is called, whether it covers a period (and of which date) and the formats it
 * offers. Every report is in one currency (sums of several currencies mean nothing) and may be narrowed to a client.
 */
public enum FinanceReport {
    AGED_RECEIVABLES("Aged receivables", "Open invoices per client by days past due: current, 1–30, 31–60,"
            + " 61–90, over 90", null),
    INVOICE_REGISTER("Invoice register", "Every invoice issued in the period, with tax, credits, payments and"
            + " what is open", "issue date"),
    PAYMENTS_RECEIVED("Payments received", "Payments and refunds received in the period, by method and gateway",
            "day received"),
    TAX_SUMMARY("Tax summary", "Taxable amounts and tax of invoices issued in the period, per tax rate, less the"
            + " credit notes issued in it on one line (credit notes are not split by rate: their tax is their"
            + " invoice's share)", "issue date"),
    CREDIT_NOTES("Credit notes", "Credit notes issued in the period", "issue date"),
    SALES_BY_CLIENT("Sales by client", "Invoices issued in the period per client: net, tax and total (voided"
            + " ones left out)", "issue date"),
    SALES_BY_PRODUCT("Sales by product", "Invoice lines issued in the period per catalog product: net, tax and"
            + " total", "issue date"),
    SALES_BY_MONTH("Sales by month", "Invoices issued in the period per month: net, tax and total", "issue date"),
    OPEN_QUOTES("Open quotes pipeline", "Quotes not yet decided or accepted and not yet invoiced (draft, sent,"
            + " accepted), by validity", null),
    COLLECTION_PERFORMANCE("Collection performance", "Invoices paid in the period per client: how many, how"
            + " much, how many paid after their due date, and the average days from issue to payment; and days sales"
            + " outstanding on the day it is made, as on the dashboard", "day paid"),
    CONTRACT_RENEWALS("Contract renewals and recurring revenue", "Contracts in force at any time in the period"
            + " (their term, up to an early termination, overlaps it), so also those renewing, ending or starting in"
            + " it; a renewal shows the term that ended and the one that followed, an amendment the revision it"
            + " replaced. Each with its status, term, notice deadline, next renewal, replacement or end, its value"
            + " over the term and per month (as the dashboard's recurring revenue counts it). The totals are of the"
            + " revisions in force on the period's last day only: their value and the recurring revenue that day",
            "contract term");

    private final String title;
    private final String description;
    /** The date the period applies to, or null for a report as of today. */
    private final String periodOf;

    FinanceReport(String title, String description, String periodOf) {
        this.title = title;
        this.description = description;
        this.periodOf = periodOf;
    }

    public String title() { return title; }
    public String description() { return description; }
    public String periodOf() { return periodOf; }
    public boolean hasPeriod() { return periodOf != null; }

    /** Every report offers every format today; a report with a layout only a PDF can carry would narrow this. */
    public Set<ReportFormat> formats() {
        return EnumSet.allOf(ReportFormat.class);
    }

    /** The report a code names (as in the API, any case, hyphens or underscores), if any. */
    public static Optional<FinanceReport> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** The code the API uses: {@code aged-receivables}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
