package org.crmir.contract;

import java.util.Optional;
import org.crmir.document.PublicPage;

/**
 * The public link of a sent contract, where the client reads and accepts it:
 * {@code CRMIR_PUBLIC_URL/public/contract.xhtml?token=...}. Sending again sends the same link.
 */
public final class ContractLinks {

    /** The acceptance page; a bad token is "Contract link not found". */
    public static final PublicPage<Contract> PAGE = new PublicPage<>("/public/contract.xhtml", Contract.class,
            "publicToken", ContractService.CONTRACT, "link");

    private ContractLinks() {
    }

    /** The contract's link; empty before it was first sent or when the public address is not configured. */
    public static Optional<String> of(Contract contract) {
        return PAGE.link(contract.getPublicToken());
    }
}
