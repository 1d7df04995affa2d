package org.crmir.contract;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a contract's history: who changed what, when, as the audit trail recorded it. */
public record ContractEvent(Instant occurredAt, String actor, String action, String changes) implements Serializable {

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getChanges() { return changes; }
}
