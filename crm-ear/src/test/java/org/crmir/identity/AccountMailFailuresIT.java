package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.Set;
import org.crmir.communication.AccountMailFailed;
import org.crmir.notification.NotificationService;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsAdmin;
import org.crmir.support.Deployments;
import org.crmir.support.Fixtures;
import org.crmir.support.MailLinks;
import org.crmir.support.MailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.crmirWith(AccountMailFailuresIT.class, AccountLinkRows.class,
                AccountMailFailureProbe.class);
    }

    @EJB
    AsAdmin asAdmin;

    @EJB
    InvitationService invitations;

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

    private AccountStanding standing(long userId) throws Exception {
        return asAdmin.call(() -> invitations.standings(List.of(userId))).get(userId);
    }
}
