package org.crmir.identity;

import java.io.Serializable;

/**
 * Where one user's account stands, for the users page: the status, and why the e-mail of their open link could not
 * be sent when that is shown ({@code mailError}, null otherwise). {@code resetNotSent}: they have a password, but
 * the reset link they asked for, still usable, never reached them.
 */
public record AccountStanding(AccountStatus status, String mailError, boolean resetNotSent) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public AccountStatus getStatus() { return status; }
    public String getMailError() { return mailError; }
    public boolean isResetNotSent() { return resetNotSent; }
    public boolean isAwaitingInvitation() { return status.awaitsInvitation(); }

    static AccountStanding of(UserAccount user, AccountLink openLink, java.time.Instant now) {
        AccountStatus status = AccountStatus.of(user, openLink, now);
        boolean failed = openLink != null && openLink.isMailFailed();
        // A reset link lives an hour: once it could not be used anyway, its lost e-mail is no longer news.
        boolean resetNotSent = failed && status == AccountStatus.ACTIVE
                && openLink.getPurpose() == AccountLink.Purpose.RESET
                && openLink.state(now) == AccountLink.State.USABLE;
        boolean shown = resetNotSent || status == AccountStatus.INVITATION_NOT_SENT;
        return new AccountStanding(status, shown ? openLink.getMailError() : null, resetNotSent);
    }
}
