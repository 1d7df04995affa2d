/** {@code /api/v1/reports}: the finance reports' catalog, runs (with an idempotency key), their status and output. */
package org.crmir.financereport.api;
