package org.crmir.financereport;

import java.io.Serializable;
import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/** A run was queued, started, moved on or finished: open reports pages re-read their list. */
public record ReportRunChanged(long runId) implements Serializable, PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.REPORTS;
    }
}
