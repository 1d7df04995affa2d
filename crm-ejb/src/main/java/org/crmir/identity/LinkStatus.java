package org.crmir.identity;

/**
 * What the page behind an account link shows: whether the link still works (or why not), what it is for and whose
 * it is (only while it works). {@code state} is null for a token CRMir never made.
 */
public record LinkStatus(AccountLink.State state, AccountLink.Purpose purpose, String username, String displayName)
        implements java.io.Serializable {

    static LinkStatus unknown() {
        return new LinkStatus(null, null, null, null);
    }

    public boolean usable() {
        return state == AccountLink.State.USABLE;
    }

    public boolean invitation() {
        return purpose == AccountLink.Purpose.INVITATION;
    }
}
