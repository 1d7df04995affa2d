/**
 * Recording payments on invoice and client pages, refunds, voids, client credit; the public pay page behind an
 * invoice's pay link ({@link org.crmir.payment.web.PayView}).
 */
package org.crmir.payment.web;
