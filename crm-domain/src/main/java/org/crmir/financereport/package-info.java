/**
 * Finance reports: the catalog ({@link org.crmir.financereport.FinanceReport}), the rules of their parameters
 * ({@link org.crmir.financereport.ReportParameters}) and a run's record ({@link org.crmir.financereport.ReportRun}).
 * A feature of its own, apart from {@code org.crmir.report}, which only renders documents a feature words and
 * knows no feature; these reports read invoices, payments and credit notes themselves.
 */
package org.crmir.financereport;
