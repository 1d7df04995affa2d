package org.crmir.catalog;

/** Goods are counted in units; services in hours, days or similar. */
public enum ProductKind {
    PRODUCT, SERVICE
}
