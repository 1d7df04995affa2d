/**
 * Payments from clients, their allocation to invoices, client credit and refunds.
 */
package org.crmir.payment;
