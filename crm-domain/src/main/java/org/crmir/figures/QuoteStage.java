package org.crmir.figures;

/** The stages of the quote funnel, in order: see {@link QuoteFunnel}. */
public enum QuoteStage {
    CREATED, SENT, ACCEPTED, CONVERTED
}
