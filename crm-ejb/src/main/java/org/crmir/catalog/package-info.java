/**
 * Products, services and tax rates: maintained by sales, finance and administrators, read by everyone.
 */
package org.crmir.catalog;
