/**
 * Recording payments, allocating them to invoices, client credit, refunds and voids; gateway events (Stripe
 * webhooks, M-Pesa STK callbacks) taken in and processed once; collecting invoices with M-Pesa STK Push.
 */
package org.crmir.payment;
