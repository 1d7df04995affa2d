package org.crmir.contract;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → ACTIVE → EXPIRED / TERMINATED / RENEWED. Only a draft's terms may change. */
public enum ContractStatus {
    DRAFT, ACTIVE, EXPIRED, TERMINATED, RENEWED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(EXPIRED, TERMINATED, RENEWED);
            case EXPIRED, TERMINATED, RENEWED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    public boolean canMoveTo(ContractStatus target) {
        return next().contains(target);
    }
}
