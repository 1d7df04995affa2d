package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditService;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsViewer;
import org.crmir.support.RawHttp;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing on the real sign-in page: answers slow down, then the name (existing or not, alike) and the
 * address are locked even for the right password, each lock is audited, and an administrator can lift it.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    /** The address the server sees for this test's own requests. */
    private static final String LOOPBACK = "127.0.0.1";
    private static final String PASSWORD = "a-good-long-password";
    private static final String LOCKED = "Too many failed sign-ins";
    private static final String WRONG = "Unknown username or wrong password.";

    @EJB
    AsAdmin asAdmin;

    @EJB
    UserService users;

    @EJB
    AuditService audit;

    @EJB
    TestUsers testUsers;

    @EJB
    SignInFailureRows failureRows;

    @EJB
    AsViewer asViewer;

    @BeforeEach
    @AfterEach
    void forgetThisAddress() {
        failureRows.forgetAddress(LOOPBACK); // the other tests sign in from here too
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String name = "lock" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() -> users.create(new NewUser(name, "Locked Person", null, Set.of(Role.VIEWER), PASSWORD)));

        Instant start = Instant.now();
        for (int attempt = 1; attempt < 10; attempt++) {
            assertTrue(signIn(name, "wrong-password-" + attempt).body().contains(WRONG), "attempt " + attempt);
        }
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 7_000, "the answers did not slow down");
        assertTrue(signIn(name, "wrong-password-10").body().contains(LOCKED));
        RawHttp.Answer right = signIn(name, PASSWORD);
        assertTrue(right.status() != 302, "signed in although locked");
        assertTrue(right.body().contains(LOCKED));

        SignInLock lock = asAdmin.call(() -> users.signInLocks()).stream()
                .filter(l -> l.subject().equals(name)).findFirst().orElseThrow();
        assertEquals(10, lock.failures());
        List<AuditAction> actions = asAdmin.call(() -> audit.historyOf(SignInThrottle.ENTITY, lock.id(),
                PageRequest.first(10))).items().stream().map(e -> e.action()).toList();
        assertEquals(List.of(AuditAction.LOCK), actions);

        asAdmin.call(() -> { users.unlockSignIn(lock.id()); return null; });
        assertEquals(302, signIn(name, PASSWORD).status());
        assertTrue(asAdmin.call(() -> users.signInLocks()).stream().noneMatch(l -> l.subject().equals(name)));
    }

    @Test
    void guessingTheCurrentPasswordInASignedInSessionLocksTheAccountToo() throws Exception {
        testUsers.ensure();
        try {
            for (int attempt = 1; attempt <= 10; attempt++) {
                String guess = "guess-" + attempt;
                assertThrows(Exception.class, () -> asViewer.call(() -> {
                    users.changeOwnPassword(guess, "another-long-password");
                    return null;
                }), "attempt " + attempt);
            }
            assertTrue(asAdmin.call(() -> users.signInLocks()).stream()
                    .anyMatch(l -> l.subject().equals(AsViewer.USERNAME) && l.failures() == 10),
                    "ten wrong current passwords did not lock the account");
            assertTrue(signIn(AsViewer.USERNAME, TestUsers.PASSWORD).body().contains(LOCKED));
        } finally {
            for (SignInLock lock : asAdmin.call(() -> users.signInLocks())) {
                if (lock.subject().equals(AsViewer.USERNAME)) {
                    asAdmin.call(() -> { users.unlockSignIn(lock.id()); return null; });
                }
            }
        }
    }

    @Test
    void aNameWithoutAnAccountIsLockedAlike() {
        String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 1; attempt < 10; attempt++) {
            assertTrue(signIn(nobody, "guess-" + attempt).body().contains(WRONG), "attempt " + attempt);
        }
        assertTrue(signIn(nobody, "guess-10").body().contains(LOCKED));
    }

    @Test
    void thirtyFailuresFromOneAddressLockItForEveryName() throws Exception {
        testUsers.ensure();
        for (int attempt = 1; attempt < 30; attempt++) {
            String name = "spray" + attempt + UUID.randomUUID().toString().substring(0, 6);
            assertTrue(signIn(name, "Summer2026!").body().contains(WRONG), "attempt " + attempt);
        }
        assertTrue(signIn("spray-last", "Summer2026!").body().contains(LOCKED));
        assertTrue(signIn(AsAdmin.USERNAME, TestUsers.PASSWORD).body().contains(LOCKED),
                "a good account signed in from a locked address");

        SignInLock lock = asAdmin.call(() -> users.signInLocks()).stream()
                .filter(l -> l.subject().equals(LOOPBACK)).findFirst().orElseThrow();
        assertEquals("Address", lock.kindLabel());
        asAdmin.call(() -> { users.unlockSignIn(lock.id()); return null; });
        assertEquals(302, signIn(AsAdmin.USERNAME, TestUsers.PASSWORD).status());
        assertFalse(asAdmin.call(() -> users.signInLocks()).stream().anyMatch(l -> l.subject().equals(LOOPBACK)));
    }

    /** Posts the sign-in form as a browser would: its page first, for the session and the view state. */
    private static RawHttp.Answer signIn(String username, String password) {
        RawHttp.Answer form = RawHttp.send("GET", "/crmir/login.xhtml", "127.0.0.1", null, null);
        return RawHttp.send("POST", "/crmir/login.xhtml", "127.0.0.1", form.sessionCookie(),
                "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                        + "&login%3AsignIn=&" + form.postBack());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
