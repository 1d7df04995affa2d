package org.crmir.client;

import java.util.Set;

/**
 * An active client can be sold to; an archived one keeps its history but leaves the everyday lists.
 */
public enum ClientStatus {
    ACTIVE, ARCHIVED;

    /** The states this one may move to. */
    public Set<ClientStatus> next() {
        return switch (this) {
            case ACTIVE -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of(ACTIVE);
        };
    }

    public boolean canMoveTo(ClientStatus target) {
        return next().contains(target);
    }
}
