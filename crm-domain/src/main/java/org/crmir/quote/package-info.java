/**
 * Quotations: priced offers with a validity date that clients accept or decline, and that become invoices.
 */
package org.crmir.quote;
