/**
 * REST resources for invoices and credit notes: {@code /api/v1/invoices}, {@code /api/v1/credit-notes}.
 */
package org.crmir.invoice.api;
