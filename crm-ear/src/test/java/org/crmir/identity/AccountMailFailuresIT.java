package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crmir.communication.AccountMailFailed;
import org.crmir.notification.NotificationService;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsAdmin;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.MailLinks;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What becomes of an account e-mail CRMir gave up on, in the real server: a failure that comes back after its link
 * was replaced or used is dropped, a lost reset e-mail is shown only while its link could have been used, and a
 * failure to record it never undoes the giving up (which would bring the message back again and again).
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailFailuresIT {

    @EJB
    AsAdmin asAdmin;

    @EJB
    InvitationService invitations;

    @EJB
    UserService users;

    @EJB
    PasswordLinkService passwordLinks;

    @EJB
    NotificationService notifications;

    @EJB
    AccountLinkRows rows;

    @EJB
    AccountMailFailureProbe probe;

    private final MailServer smtp = new MailServer();

    @BeforeEach
    void start() {
        smtp.start();
        rows.forgetResetRequests();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aFailureThatComesBackAfterItsLinkWasReplacedOrUsedIsDroppedWithoutNotice() throws Exception {
        String name = "late" + Fixtures.unique();
        String email = name + "@corp.example";
        UserSummary invited = asAdmin.call(() -> invitations.invite(new NewInvitation(name, "Lou Late", email,
                Set.of(Role.VIEWER))));
        MailLinks.awaitMails(smtp, email, 1);
        long first = probe.newestLinkOf(name);
        asAdmin.run(() -> invitations.resend(invited.id())); // while the first e-mail was, say, still retried
        MailLinks.awaitMails(smtp, email, 2);
        long second = probe.newestLinkOf(name);
        probe.use(second);

        assertTrue(probe.giveUp(new AccountMailFailed("account-link:" + first, email, "550 mailbox unavailable")));
        assertTrue(probe.giveUp(new AccountMailFailed("account-link:" + second, email, "550 mailbox unavailable")));

        assertFalse(probe.isMailFailed(first), "a revoked link records nothing");
        assertFalse(probe.isMailFailed(second), "a used link records nothing");
        assertEquals(0, asAdmin.call(() -> notifications.mine(PageRequest.first(50))).items().stream()
                .filter(n -> n.getText().contains(name)).count(), "nobody is asked to send an invitation again");
    }

    @Test
    void aLostResetEMailShowsOnlyWhileItsLinkCouldStillBeUsed() throws Exception {
        String name = "stale" + Fixtures.unique();
        String email = name + "@corp.example";
        UserSummary user = asAdmin.call(() -> users.create(new NewUser(name, "Sam Stale", email,
                Set.of(Role.VIEWER), "first granite password")));
        smtp.stop(); // every attempt fails
        passwordLinks.requestReset(email, "it-" + name);
        AccountStanding lost = Eventually.until(Duration.ofSeconds(60), () -> standing(user.id()),
                AccountStanding::resetNotSent);
        assertTrue(lost.mailError() != null, lost.toString());

        rows.expireLinksOf(name); // an hour later
        AccountStanding later = standing(user.id());
        assertEquals(AccountStatus.ACTIVE, later.status());
        assertFalse(later.resetNotSent(), "the expired link's lost e-mail is no longer shown");
        assertNull(later.mailError(), later.toString());
    }

    @Test
    void aFailureToRecordTheLostEMailDoesNotUndoGivingUpOnIt() throws Exception {
        String name = "locked" + Fixtures.unique();
        String email = name + "@corp.example";
        asAdmin.call(() -> invitations.invite(new NewInvitation(name, "Lee Locked", email, Set.of(Role.VIEWER))));
        MailLinks.awaitMails(smtp, email, 1);
        long link = probe.newestLinkOf(name);
        CountDownLatch locked = new CountDownLatch(1);
        // Held past the database's lock wait (10 s): recording the failure times out.
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try {
                probe.hold(link, locked, 14_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(locked.await(10, TimeUnit.SECONDS));

        assertTrue(probe.giveUp(new AccountMailFailed("account-link:" + link, email, "550 mailbox unavailable")),
                "the giving up commits");
        holder.get(30, TimeUnit.SECONDS);
        assertFalse(probe.isMailFailed(link), "recording it failed (and was logged), as the lock made it");
    }

    private AccountStanding standing(long userId) throws Exception {
        return asAdmin.call(() -> invitations.standings(List.of(userId))).get(userId);
    }
}
