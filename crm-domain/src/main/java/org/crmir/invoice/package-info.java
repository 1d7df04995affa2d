/**
 * Invoices, their lines and lifecycle, and the credit notes that reduce their balance.
 */
package org.crmir.invoice;
