/**
 * Recording payments, allocating them to invoices, client credit, refunds and voids; the public pay page of an
 * issued invoice ({@link org.crmir.payment.PayLinkService}; the link itself is {@code invoice.PayLinks}), card payment through Stripe Checkout ({@link org.crmir.payment.StripeCheckout}) and M-Pesa STK Push
 * ({@link org.crmir.payment.MpesaCollection}); gateway events taken in ({@link org.crmir.payment.GatewayIntake})
 * and processed once ({@link org.crmir.payment.PaymentEventProcessor}); reconciliation and receipts.
 */
package org.crmir.payment;
