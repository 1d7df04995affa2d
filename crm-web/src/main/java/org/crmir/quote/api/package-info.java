/**
 * REST resources for quotes: {@code /api/v1/quotes}.
 */
package org.crmir.quote.api;
