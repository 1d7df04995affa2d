/**
 * Recording payments on invoice and client pages, refunds, voids, client credit.
 */
package org.crmir.payment.web;
