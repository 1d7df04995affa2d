package org.crmir.contract;

/**
 * What the contract list is narrowed to; null fields are ignored. {@code endingWithinDays} keeps active
 * contracts whose end date is from today to that many days ahead.
 */
public record ContractFilter(ContractStatus status, Long clientId, String owner, Integer endingWithinDays) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null);
    }
}
