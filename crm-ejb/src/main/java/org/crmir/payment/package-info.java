/**
 * Recording payments, allocating them to invoices, client credit, refunds and voids.
 */
package org.crmir.payment;
