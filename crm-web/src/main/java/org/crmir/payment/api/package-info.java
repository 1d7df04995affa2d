/**
 * REST resources for payments: {@code /api/v1/payments}.
 */
package org.crmir.payment.api;
