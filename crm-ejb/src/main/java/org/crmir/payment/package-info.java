/**
 * Recording payments, allocating them to invoices, client credit, refunds and voids; the pay link of an issued
 * invoice and card payment through Stripe Checkout ({@link org.crmir.payment.StripeCheckout}); gateway events
 * taken in ({@link org.crmir.payment.GatewayIntake}) and processed once ({@link
 * org.crmir.payment.PaymentEventProcessor}, {@link org.crmir.payment.StripeEventHandler}).
 */
package org.crmir.payment;
