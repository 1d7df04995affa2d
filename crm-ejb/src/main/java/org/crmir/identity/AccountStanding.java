package org.crmir.identity;

/**
 * Where one user's account stands, for the users page: the status, and why the e-mail of their open link could not
 * be sent when it could not ({@code mailError}, null otherwise). {@code resetNotSent}: they have a password, but
 * the reset link they asked for never reached them.
 */
public record AccountStanding(AccountStatus status, String mailError, boolean resetNotSent) {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public AccountStatus getStatus() { return status; }
    public String getMailError() { return mailError; }
    public boolean isResetNotSent() { return resetNotSent; }
    public boolean isAwaitingInvitation() { return status.awaitsInvitation(); }

    static AccountStanding of(UserAccount user, AccountLink openLink, java.time.Instant now) {
        AccountStatus status = AccountStatus.of(user, openLink, now);
        boolean failed = openLink != null && openLink.isMailFailed();
        return new AccountStanding(status, failed ? openLink.getMailError() : null,
                failed && status == AccountStatus.ACTIVE && openLink.getPurpose() == AccountLink.Purpose.RESET);
    }
}
