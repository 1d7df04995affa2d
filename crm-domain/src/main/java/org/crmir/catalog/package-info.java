/**
 * The catalog: products and services with their prices, and the tax rates documents apply.
 */
package org.crmir.catalog;
