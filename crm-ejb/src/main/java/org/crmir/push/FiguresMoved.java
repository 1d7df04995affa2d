package org.crmir.push;

/**
 * A committed change moved at least one summary figure (an invoice issued or voided, a payment recorded, a quote
 * decided, an interaction logged ...). It carries nothing: every open dashboard and analytics page re-reads its
 * own scope. Fired by the figures upkeep; the web module coalesces bursts of them.
 */
public record FiguresMoved() implements PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.FIGURES;
    }
}
