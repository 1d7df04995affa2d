package org.crmir.contract;

import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.ClientOwner;

/**
 * What the contract list is narrowed to; null fields are ignored. {@code endingWithinDays} keeps active
 * contracts whose end date is from today to that many days ahead. {@code contractOwner} is the contract's own
 * owner (a username); {@code owner} the client's owner. End dates and notice deadlines: both ends inclusive.
 */
public record ContractFilter(ContractStatus status, Long clientId, String contractOwner, Integer endingWithinDays,
        String currency, ClientOwner owner, LocalDate endingFrom, LocalDate endingTo, LocalDate noticeFrom,
        LocalDate noticeTo) implements Serializable {

    /** The filters the list had first: status, client, the contract's owner, "ending within N days". */
    public ContractFilter(ContractStatus status, Long clientId, String contractOwner, Integer endingWithinDays) {
        this(status, clientId, contractOwner, endingWithinDays, null, null, null, null, null, null);
    }

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null);
    }
}
