package org.crmir.figures;

import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/**
 * A committed change moved figures of one source's summaries: open dashboards and analytics re-read, and the
 * answers kept for that source's readers are dropped ({@link FigureCache}).
 */
public record FiguresMoved(FigureSource source) implements PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.FIGURES;
    }
}
