/**
 * Invoice use cases: drafts, issuing with gapless numbers, voiding, credit notes, the overdue timer, lists; the
 * PDFs of invoices and credit notes, sending an invoice, and its pay link ({@link org.crmir.invoice.PayLinks}).
 */
package org.crmir.invoice;
