package org.crmir.communication;

/** The kind of record an interaction concerns, besides its client. */
public enum RelatedDocument {
    QUOTE, INVOICE, CONTRACT
}
