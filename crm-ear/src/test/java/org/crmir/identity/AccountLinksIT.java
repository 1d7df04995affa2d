package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditService;
import org.crmir.notification.Notification;
import org.crmir.notification.NotificationService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.Eventually;
import org.crmir.support.FacesForms;
import org.crmir.support.MailLinks;
import org.crmir.support.MailServer;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations and password resets end to end in the real server: the mail reaches a real SMTP server (GreenMail),
 * its link opens the public page over HTTP, the password chosen there signs in, and a used, expired or replaced link
 * shows a page that says so. "Forgot password" answers alike for known and unknown addresses.
 */
@ExtendWith(ArquillianExtension.class)
class AccountLinksIT {

    private static final String PAGE = "/public/set-password.xhtml";
    private static final String CHOSEN = "granite kettle orbit";

    @EJB
    AsAdmin asAdmin;

    @EJB
    InvitationService invitations;

    @EJB
    UserService users;

    @EJB
    AuditService audit;

    @EJB
    AccountLinkRows rows;

    @EJB
    NotificationService notifications;

    @EJB
    SignInFailureRows failureRows;

    private final MailServer smtp = new MailServer();

    @BeforeEach
    void start() {
        smtp.start();
        rows.forgetResetRequests();
        failureRows.forgetAddress("127.0.0.1");
    }

    @AfterEach
    void stop() {
        smtp.stop();
        failureRows.forgetAddress("127.0.0.1");
    }

    @Test
    void anInvitationIsMailedAndItsLinkLetsThePersonChooseAPasswordOnce() throws Exception {
        String name = unique("inv");
        String email = name + "@corp.example";
        UserSummary invited = asAdmin.call(() -> invitations.invite(new NewInvitation(name, "Ines Invited", email,
                Set.of(Role.SALES))));
        assertTrue(asAdmin.call(() -> invitations.pending()).stream().anyMatch(p -> p.username().equals(name)));

        MimeMessage mail = MailLinks.awaitMails(smtp, email, 1).get(0);
        assertEquals("You are invited to CRMir", mail.getSubject());
        String link = MailLinks.linkIn(mail);
        assertTrue(link.startsWith(System.getenv("CRMIR_PUBLIC_URL") + PAGE), link);

        HttpClient browser = browser();
        HttpResponse<String> page = FacesForms.get(browser, MailLinks.pathOf(link));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Welcome to CRMir") && page.body().contains(name), page.body());

        HttpResponse<String> weak = choose(browser, page.body(), "password123");
        assertTrue(weak.body().contains("common or breached"), weak.body());
        HttpResponse<String> differ = choose(browser, weak.body(), CHOSEN, CHOSEN + "!");
        assertTrue(differ.body().contains("The two passwords differ"), differ.body());
        HttpResponse<String> done = choose(browser, differ.body(), CHOSEN);
        assertTrue(done.body().contains("Your password is set"), done.body());

        WebSession.signedIn(name, CHOSEN); // asserts the sign-in's redirect
        assertTrue(asAdmin.call(() -> invitations.pending()).stream().noneMatch(p -> p.username().equals(name)));

        HttpResponse<String> again = FacesForms.get(browser(), MailLinks.pathOf(link));
        assertEquals(410, again.statusCode());
        assertTrue(again.body().contains("This link was already used"), again.body());
        List<AuditAction> actions = asAdmin.call(() -> audit.historyOf(UserService.ENTITY, invited.id(),
                PageRequest.first(10))).items().stream().map(e -> e.action()).toList();
        assertEquals(List.of(AuditAction.PASSWORD_RESET, AuditAction.INVITE), actions);
    }

    @Test
    void anExpiredInvitationSaysSoAndSendingItAgainMakesANewLinkThatWorks() throws Exception {
        String name = unique("late");
        String email = name + "@corp.example";
        UserSummary invited = invite(name, "Lars Late", email);
        String first = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 1).get(0));
        rows.expireLinksOf(name);
        HttpResponse<String> expired = FacesForms.get(browser(), MailLinks.pathOf(first));
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("This link has expired"), expired.body());
        assertTrue(asAdmin.call(() -> invitations.pending()).stream()
                .anyMatch(p -> p.username().equals(name) && p.expired()));

        asAdmin.run(() -> invitations.resend(invited.id()));
        String second = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 2).get(1));
        acceptWith(second, CHOSEN);
        WebSession.signedIn(name, CHOSEN);
    }

    @Test
    void aWithdrawnInvitationsLinkNoLongerWorksAndTheUserIsInactive() throws Exception {
        String name = unique("gone");
        String email = name + "@corp.example";
        UserSummary invited = invite(name, "Gina Gone", email);
        String link = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 1).get(0));
        asAdmin.run(() -> invitations.cancel(invited.id()));
        HttpResponse<String> page = FacesForms.get(browser(), MailLinks.pathOf(link));
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("This link no longer works"), page.body());
        assertFalse(asAdmin.call(() -> users.find(invited.id())).active());
        assertEquals(404, FacesForms.get(browser(), PAGE + "?token=not-a-token").statusCode());
    }

    @Test
    void anInvitationNeedsAnEmailAddressAndAFreeUsername() throws Exception {
        assertEquals("email", assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> invitations.invite(
                new NewInvitation(unique("nomail"), "No Mail", null, Set.of(Role.VIEWER))))).getField());
        assertEquals("username", assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> invitations
                .invite(new NewInvitation("admin", "Twin", "twin@corp.example", Set.of(Role.VIEWER))))).getField());
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> {
            invitations.resend(users.list("admin", PageRequest.first(1)).items().get(0).id()); // has a password
            return null;
        }));
    }

    @Test
    void forgotPasswordAnswersAlikeForKnownAndUnknownAddressesAndMailsOnlyTheKnown() throws Exception {
        String name = unique("forgot");
        String known = name + "@corp.example";
        String unknown = unique("nobody") + "@corp.example";
        asAdmin.call(() -> users.create(new NewUser(name, "Fay Forgetful", known, Set.of(Role.VIEWER),
                "first granite password")));

        String knownAnswer = requestReset(known);
        String unknownAnswer = requestReset(unknown);
        assertEquals(knownAnswer.replace(known, "ADDRESS"), unknownAnswer.replace(unknown, "ADDRESS"));
        assertTrue(knownAnswer.contains("we have sent it a link"), knownAnswer);

        MimeMessage mail = MailLinks.awaitMails(smtp, known, 1).get(0);
        assertEquals("Reset your CRMir password", mail.getSubject());
        Thread.sleep(2000); // time for a mail to the unknown address to arrive, were one sent
        assertEquals(1, smtp.receivedFor(known).size());
        assertEquals(0, smtp.receivedFor(unknown).size());

        HttpClient browser = browser();
        HttpResponse<String> page = FacesForms.get(browser, MailLinks.pathOf(MailLinks.linkIn(mail)));
        assertTrue(page.body().contains("Choose a new password"), page.body());

        // no reset link for a user without a password (invited, or single sign-on only)
        String invitedName = unique("noreset");
        String invitedEmail = invitedName + "@corp.example";
        asAdmin.call(() -> invitations.invite(new NewInvitation(invitedName, "Nora Noreset", invitedEmail,
                Set.of(Role.VIEWER))));
        MailLinks.awaitMails(smtp, invitedEmail, 1);
        assertEquals(knownAnswer.replace(known, "ADDRESS"),
                requestReset(invitedEmail).replace(invitedEmail, "ADDRESS"));
        Thread.sleep(2000);
        assertEquals(1, smtp.receivedFor(invitedEmail).size());
        assertTrue(choose(browser, page.body(), "second granite password").body().contains("Your password is set"));
        WebSession.signedIn(name, "second granite password");
    }

    @Test
    void aNewerResetLinkKillsTheOlderOneAndRequestsAreThrottledPerAddress() throws Exception {
        String name = unique("twice");
        String email = name + "@corp.example";
        asAdmin.call(() -> users.create(new NewUser(name, "Tom Twice", email, Set.of(Role.VIEWER),
                "first granite password")));
        requestReset(email);
        String older = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 1).get(0));
        requestReset(email);
        String newer = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 2).get(1));
        assertEquals(410, FacesForms.get(browser(), MailLinks.pathOf(older)).statusCode());

        requestReset(email);
        requestReset(email); // the fourth within the hour: answered alike, but no mail
        MailLinks.awaitMails(smtp, email, 3);
        Thread.sleep(2000);
        assertEquals(3, smtp.receivedFor(email).size());

        rows.expireLinksOf(name);
        HttpResponse<String> expired = FacesForms.get(browser(), MailLinks.pathOf(newer));
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("This link has expired") || expired.body().contains("no longer works"));
    }

    @Test
    void linksStopWorkingWhenTheAddressChangesTheAdministratorSetsThePasswordOrTheUserIsDeactivated()
            throws Exception {
        String moved = unique("moved");
        UserSummary movedUser = asAdmin.call(() -> invitations.invite(new NewInvitation(moved, "Mo Moved",
                moved + "@corp.example", Set.of(Role.VIEWER))));
        String movedLink = MailLinks.linkIn(MailLinks.awaitMails(smtp, moved + "@corp.example", 1).get(0));
        asAdmin.call(() -> users.update(movedUser.id(), movedUser.version(), movedUser.displayName(),
                moved + "@elsewhere.example", movedUser.roles()));
        assertEquals(0, rows.openLinksOf(moved));
        assertEquals(410, FacesForms.get(browser(), MailLinks.pathOf(movedLink)).statusCode());

        String reset = unique("adminset");
        UserSummary resetUser = asAdmin.call(() -> users.create(new NewUser(reset, "Ada Adminset",
                reset + "@corp.example", Set.of(Role.VIEWER), "first granite password")));
        requestReset(reset + "@corp.example");
        String resetLink = MailLinks.linkIn(MailLinks.awaitMails(smtp, reset + "@corp.example", 1).get(0));
        asAdmin.run(() -> users.resetPassword(resetUser.id(), "second granite password"));
        assertEquals(0, rows.openLinksOf(reset));
        assertEquals(410, FacesForms.get(browser(), MailLinks.pathOf(resetLink)).statusCode());

        String left = unique("left");
        UserSummary leftUser = asAdmin.call(() -> invitations.invite(new NewInvitation(left, "Lee Left",
                left + "@corp.example", Set.of(Role.VIEWER))));
        String leftLink = MailLinks.linkIn(MailLinks.awaitMails(smtp, left + "@corp.example", 1).get(0));
        asAdmin.call(() -> users.deactivate(leftUser.id()));
        asAdmin.call(() -> users.activate(leftUser.id())); // coming back does not revive the old link
        assertEquals(0, rows.openLinksOf(left));
        assertEquals(410, FacesForms.get(browser(), MailLinks.pathOf(leftLink)).statusCode());
    }

    @Test
    void parallelResetRequestsKeepTheLimitAndLeaveOneLiveLink() throws Exception {
        String name = unique("rush");
        String email = name + "@corp.example";
        asAdmin.call(() -> users.create(new NewUser(name, "Rae Rush", email, Set.of(Role.VIEWER),
                "first granite password")));
        String expected = requestReset(unique("nobody") + "@corp.example");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> requestReset(email)));
            }
            for (var answer : answers) {
                assertEquals(expected.replaceAll("[a-z0-9]+@corp\\.example", "ADDRESS"),
                        answer.get().replace(email, "ADDRESS"));
            }
        } finally {
            pool.shutdown();
        }
        MailLinks.awaitMails(smtp, email, 1);
        Thread.sleep(2000);
        assertTrue(smtp.receivedFor(email).size() <= PasswordLinkService.MAX_REQUESTS_PER_EMAIL,
                smtp.receivedFor(email).size() + " mails");
        assertEquals(1, rows.openLinksOf(name));
    }

    @Test
    void theUsersListSaysInvitedThenInvitationExpiredAndActiveOnlyOnceThePasswordIsChosen() throws Exception {
        String name = unique("status");
        String email = name + "@corp.example";
        UserSummary invited = invite(name, "Stan Status", email);
        assertEquals(AccountStatus.INVITED, standing(invited.id()).status());
        assertTrue(standing(invited.id()).isAwaitingInvitation());
        String first = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 1).get(0));

        rows.expireLinksOf(name);
        assertEquals(AccountStatus.INVITATION_EXPIRED, standing(invited.id()).status());

        asAdmin.run(() -> invitations.resend(invited.id()));
        assertEquals(AccountStatus.INVITED, standing(invited.id()).status());
        String second = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 2).get(1));
        assertEquals(410, FacesForms.get(browser(), MailLinks.pathOf(first)).statusCode(), "the old link stops");
        acceptWith(second, CHOSEN);
        assertEquals(AccountStatus.ACTIVE, standing(invited.id()).status());
        assertFalse(standing(invited.id()).isAwaitingInvitation());

        // a user with a password is never "invited" again; the admin's own account is simply active
        long admin = asAdmin.call(() -> users.list("admin", PageRequest.first(1))).items().get(0).id();
        assertEquals(AccountStatus.ACTIVE, standing(admin).status());
    }

    @Test
    void anInvitationThatCannotBeMailedShowsOnTheUsersListAndTellsTheInvitingAdministrator() throws Exception {
        String name = unique("bounce");
        String email = name + "@corp.example";
        smtp.stop(); // the mail server is away for every attempt
        UserSummary invited = invite(name, "Bo Bounce", email);
        AccountStanding failed = Eventually.until(Duration.ofSeconds(60), () -> standing(invited.id()),
                s -> s.status() == AccountStatus.INVITATION_NOT_SENT);
        assertTrue(failed.mailError() != null && !failed.mailError().isBlank(), failed.toString());
        assertTrue(failed.isAwaitingInvitation());
        Notification told = asAdmin.call(() -> notifications.mine(PageRequest.first(50))).items().stream()
                .filter(n -> n.getText().contains(name)).findFirst().orElseThrow(() -> new AssertionError(
                        "the inviting administrator (" + AsAdmin.USERNAME + ") was not notified"));
        assertTrue(told.getText().contains("could not be sent") && told.getText().contains(email), told.getText());
        assertEquals("/admin/users.xhtml", told.getLink());
        assertTrue(asAdmin.call(() -> invitations.pending()).stream()
                .anyMatch(p -> p.username().equals(name) && p.status() == AccountStatus.INVITATION_NOT_SENT));

        smtp.start(); // back: sending again makes a new link that arrives and works
        asAdmin.run(() -> invitations.resend(invited.id()));
        assertEquals(AccountStatus.INVITED, standing(invited.id()).status());
        String link = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 1).get(0));
        acceptWith(link, CHOSEN);
        assertEquals(1, asAdmin.call(() -> notifications.mine(PageRequest.first(50))).items().stream()
                .filter(n -> n.getText().contains(name)).count(), "one notice for one failed e-mail");
    }

    @Test
    void aResetEMailThatCannotBeSentShowsOnTheUsersListWhileTheForgotPageAnswersAlike() throws Exception {
        String name = unique("noreach");
        String known = name + "@corp.example";
        String unknown = unique("nobody") + "@corp.example";
        UserSummary user = asAdmin.call(() -> users.create(new NewUser(name, "Noa Noreach", known,
                Set.of(Role.VIEWER), "first granite password")));
        String unknownAnswer = requestReset(unknown);
        smtp.stop();
        String knownAnswer = requestReset(known);
        assertEquals(unknownAnswer.replace(unknown, "ADDRESS"), knownAnswer.replace(known, "ADDRESS"));
        AccountStanding standing = Eventually.until(Duration.ofSeconds(60), () -> standing(user.id()),
                AccountStanding::resetNotSent);
        assertEquals(AccountStatus.ACTIVE, standing.status(), "they still sign in with their password");
        assertTrue(standing.mailError() != null, standing.toString());
        WebSession.signedIn(name, "first granite password");
    }

    private UserSummary invite(String name, String displayName, String email) throws Exception {
        return asAdmin.call(() -> invitations.invite(new NewInvitation(name, displayName, email,
                Set.of(Role.VIEWER))));
    }

    /** Opens a mailed link and chooses {@code password} there, which must be taken. */
    private static void acceptWith(String link, String password) throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> page = FacesForms.get(browser, MailLinks.pathOf(link));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(choose(browser, page.body(), password).body().contains("Your password is set"));
    }

    private AccountStanding standing(long userId) throws Exception {
        return asAdmin.call(() -> invitations.standings(List.of(userId))).get(userId);
    }

    private String requestReset(String email) throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> form = FacesForms.get(browser, "/public/forgot-password.xhtml");
        assertEquals(200, form.statusCode());
        HttpResponse<String> answer = FacesForms.submit(browser, "/public/forgot-password.xhtml", form.body(),
                "forgot", Map.of("email", email), "send");
        assertEquals(200, answer.statusCode(), answer.body());
        String text = answer.body();
        int start = text.indexOf("<h1>");
        int end = text.indexOf("</form>");
        // the page's text and fields, without what differs from any request to the next (view state, nonce)
        return text.substring(start, end).replaceAll("jakarta\\.faces\\.ViewState[^>]*", "")
                .replaceAll("nonce=\"[^\"]*\"", "");
    }

    private static HttpResponse<String> choose(HttpClient browser, String page, String password) throws Exception {
        return choose(browser, page, password, password);
    }

    private static HttpResponse<String> choose(HttpClient browser, String page, String password, String repeated)
            throws Exception {
        HttpResponse<String> answer = FacesForms.submit(browser, PAGE, page, "choose",
                Map.of("password", password, "repeated", repeated), "save");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
