/**
 * PDFs of quotes, invoices and credit notes, rendered with JasperReports from one compiled template.
 */
package org.crmir.report;
