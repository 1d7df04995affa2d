package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountStatusTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static UserAccount invited() {
        return new UserAccount("ivy", "Ivy Invited", "ivy@corp.example", Set.of(Role.VIEWER), null, NOW);
    }

    private static AccountLink invitation(UserAccount user) {
        return new AccountLink(user, AccountLink.Purpose.INVITATION, HashedSecret.of("t-" + user.getUsername()),
                "admin", NOW);
    }

    @Test
    void anInvitedPersonIsInvitedNotActiveUntilTheLinkLapsesAfter72Hours() {
        UserAccount user = invited();
        AccountLink link = invitation(user);
        assertEquals(AccountStatus.INVITED, AccountStatus.of(user, link, NOW.plus(Duration.ofHours(71))));
        assertEquals(AccountStatus.INVITATION_EXPIRED, AccountStatus.of(user, link, NOW.plus(Duration.ofHours(72))));
    }

    @Test
    void anInvitationWhoseMailFailedSaysSoEvenBeforeItExpires() {
        UserAccount user = invited();
        AccountLink link = invitation(user);
        link.mailFailed("550 mailbox unavailable", NOW);
        assertEquals(AccountStatus.INVITATION_NOT_SENT, AccountStatus.of(user, link, NOW));
        assertTrue(AccountStatus.INVITATION_NOT_SENT.awaitsInvitation());
    }

    @Test
    void withAPasswordOrThroughSingleSignOnTheUserIsActiveWhateverLinkIsOpen() {
        UserAccount withPassword = new UserAccount("pat", "Pat", "pat@corp.example", Set.of(Role.SALES), "h", NOW);
        AccountLink reset = new AccountLink(withPassword, AccountLink.Purpose.RESET, HashedSecret.of("r"), "x", NOW);
        reset.mailFailed("refused", NOW);
        assertEquals(AccountStatus.ACTIVE, AccountStatus.of(withPassword, reset, NOW));
        UserAccount sso = UserAccount.fromSso("sub-1", "sso.user", "Sso User", null, Set.of(Role.VIEWER), NOW);
        assertEquals(AccountStatus.ACTIVE, AccountStatus.of(sso, null, NOW));
        assertFalse(AccountStatus.ACTIVE.awaitsInvitation());
    }

    @Test
    void anInvitedUserWithoutAWorkingLinkHasNoPasswordAndADeactivatedOneIsInactive() {
        UserAccount user = invited();
        assertEquals(AccountStatus.NO_PASSWORD, AccountStatus.of(user, null, NOW));
        user.deactivate();
        assertEquals(AccountStatus.INACTIVE, AccountStatus.of(user, invitation(user), NOW));
        assertFalse(AccountStatus.INACTIVE.awaitsInvitation());
    }

    @Test
    void theFirstMailFailureIsKeptAndALongErrorIsCutToItsColumn() {
        AccountLink link = invitation(invited());
        link.mailFailed("x".repeat(2000), NOW);
        link.mailFailed("later", NOW.plusSeconds(5));
        assertEquals(AccountLink.MAIL_ERROR_LENGTH, link.getMailError().length());
        assertEquals(NOW, link.getMailFailedAt());
    }
}
