/**
 * The invoice list, the invoice editor with live totals, the invoice page with its actions; the line editor
 * quotes share.
 */
package org.crmir.invoice.web;
