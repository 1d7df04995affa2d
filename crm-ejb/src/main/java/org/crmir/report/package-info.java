/**
 * Rendering PDFs with JasperReports: quotes, invoices and credit notes from one template ({@link
 * org.crmir.report.PdfContent}), receipts from another ({@link org.crmir.report.ReceiptContent}), each filled with
 * content the feature has already worded ({@link org.crmir.report.Letterhead} for the blocks they share). This
 * package knows no feature: quotes, invoices, payments and contracts build their content and call it.
 */
package org.crmir.report;
