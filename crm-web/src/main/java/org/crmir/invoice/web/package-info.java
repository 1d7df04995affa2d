/**
 * The invoice list, the invoice editor, the invoice page with its actions.
 */
package org.crmir.invoice.web;
