package org.crmir.quote;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.crmir.shared.ClientOwner;

/**
 * What the quote list is narrowed to; null fields (and no statuses) are ignored. Decided and created are days
 * (UTC), both inclusive; {@code owner} is the client's owner.
 */
public record QuoteFilter(Set<QuoteStatus> statuses, Long clientId, String currency, ClientOwner owner,
        LocalDate decidedFrom, LocalDate decidedTo, LocalDate createdFrom, LocalDate createdTo)
        implements Serializable {

    /** Still to be decided: what "open" stands for in the status filter. */
    public static final Set<QuoteStatus> OPEN = Set.copyOf(EnumSet.of(QuoteStatus.DRAFT, QuoteStatus.SENT));

    /** The status filter's names for groups of statuses, beside each status's own name. */
    public static final Map<String, Set<QuoteStatus>> GROUPS = Map.of("open", OPEN);

    public QuoteFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    public static QuoteFilter none() {
        return new QuoteFilter(Set.of(), null, null, null, null, null, null, null);
    }

    /** One client's quotes, as its page lists them. */
    public static QuoteFilter ofClient(long clientId) {
        return new QuoteFilter(Set.of(), clientId, null, null, null, null, null, null);
    }
}
