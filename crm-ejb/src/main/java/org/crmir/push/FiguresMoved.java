package org.crmir.push;

/** A committed change moved a figure of the dashboard or analytics: open ones re-read. */
public record FiguresMoved() implements PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.FIGURES;
    }
}
