/**
 * The catalog page: products and services with their prices, and the tax rates.
 */
package org.crmir.catalog.web;
