package org.crmir.figures;

import java.io.Serializable;
import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/**
 * A committed change moved figures of one source's summaries: open dashboards and analytics re-read, and the
 * answers kept for that source's readers are dropped ({@link FigureCache}).
 */
public record FiguresMoved(FigureSource source) implements Serializable, PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.FIGURES;
    }

    @Override
    public String detail() {
        return source.name();
    }

    /** The source a change pushed from another node moved, or null if it did not move figures. */
    static FigureSource movedBy(PushEvent change) {
        return change.topic() == PushTopic.FIGURES && change.detail() != null
                ? FigureSource.valueOf(change.detail()) : null;
    }
}
