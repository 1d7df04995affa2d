/**
 * REST resources for the catalog: {@code /api/v1/products}.
 */
package org.crmir.catalog.api;
