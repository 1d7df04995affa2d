package org.crmir.quote;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → SENT → ACCEPTED / DECLINED / EXPIRED; ACCEPTED → CONVERTED (into an invoice). */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED, CONVERTED;

    public Set<QuoteStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, EXPIRED);
            case ACCEPTED -> EnumSet.of(CONVERTED);
            case DECLINED, EXPIRED, CONVERTED -> EnumSet.noneOf(QuoteStatus.class);
        };
    }

    public boolean canMoveTo(QuoteStatus target) {
        return next().contains(target);
    }
}
