package org.crmir.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.identity.DirectoryGrant;
import org.crmir.identity.DirectoryService;
import org.crmir.identity.Role;

/**
 * Asks the provider, every CRMIR_OIDC_DIRECTORY_CHECK_MINUTES (5 by default) and when an administrator asks for
 * it, whether each single sign-on user with an open session or an API token is still in the company directory: it
 * redeems the user's offline refresh token. {@code invalid_grant} (disabled or removed there) ends the person's
 * access through {@link DirectoryService}; an unreachable or failing provider ends nobody's and stops the round,
 * to be tried again at the next one. A timer that is not persistent: a round missed while the server was down is
 * not owed. Runs as an administrator (the services' wall) on the timer's thread, which has no caller.
 */
@Singleton
@Startup
@RunAs(Role.Names.ADMIN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DirectoryCheck {

    private static final Logger LOG = Logger.getLogger(DirectoryCheck.class.getName());

    /** What a round found. {@code unreachable}: why it stopped early, or null when it asked about everyone. */
    public record Report(int asked, List<String> ended, String unreachable) {
    }

    @Resource
    TimerService timers;

    @Inject
    OidcProvider provider;

    @Inject
    SignedInSessions sessions;

    @EJB
    DirectoryService directory;

    private final ReentrantLock oneRoundAtATime = new ReentrantLock();

    @PostConstruct
    void plan() {
        if (provider.configured()) {
            long every = provider.settings().directoryCheck().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig(null, false));
        }
    }

    @Timeout
    @PermitAll
    void due() {
        try {
            Report report = checkWith(provider);
            if (report.unreachable() != null) {
                LOG.warning("The company directory check stopped; nobody's access changed: " + report.unreachable());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The company directory check failed; nobody's access changed", e);
        }
    }

    /** A round now, against the server's provider: the administrator's "Check the directory now". */
    @RolesAllowed(Role.Names.ADMIN)
    public Report checkNow() {
        return checkWith(provider);
    }

    /** A round against this provider; one at a time (a second one waits for the running one, a while). */
    @RolesAllowed(Role.Names.ADMIN)
    public Report checkWith(OidcProvider against) {
        if (!against.configured()) {
            return new Report(0, List.of(), "no single sign-on is configured");
        }
        try {
            if (!oneRoundAtATime.tryLock(30, TimeUnit.SECONDS)) {
                return new Report(0, List.of(), "another check is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(0, List.of(), "interrupted");
        }
        try {
            List<String> ended = new ArrayList<>();
            int asked = 0;
            for (DirectoryGrant grant : directory.toCheck(sessions.signedInUsers())) {
                OidcProvider.DirectoryAnswer answer;
                try {
                    answer = against.refresh(grant.refreshToken());
                } catch (OidcException e) {
                    against.forget(); // read the discovery again next time: the provider may have moved
                    return new Report(asked, ended, e.getMessage());
                }
                asked++;
                if (answer.gone()) {
                    if (directory.leftTheCompany(grant.userId(), against.settings().providerName(),
                            answer.providerSays()) != null) {
                        LOG.info("The company directory no longer knows " + grant.username() + " ("
                                + answer.providerSays() + "): access ended");
                        ended.add(grant.username());
                    }
                } else {
                    directory.stillThere(grant.userId(), answer.refreshToken());
                }
            }
            return new Report(asked, ended, null);
        } finally {
            oneRoundAtATime.unlock();
        }
    }
}
