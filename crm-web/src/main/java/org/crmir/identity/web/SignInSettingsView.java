package org.crmir.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.identity.DirectoryService;
import org.crmir.identity.OidcSettings;
import org.crmir.identity.SignInSettingsService;
import org.crmir.identity.SignInSettingsSummary;
import org.crmir.identity.UserSummary;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** The sign-in page of the administration: switch password sign-in off (but for a break-glass admin) or on. */
@Named
@ViewScoped
public class SignInSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SignInSettingsService service;

    @EJB
    private DirectoryService directory;

    @EJB
    private DirectoryCheck directoryCheck;

    private SignInSettingsSummary settings;
    private List<UserSummary> candidates;
    private List<UserSummary> endedByDirectory;
    private Long breakGlassUserId;

    @PostConstruct
    void init() {
        reload();
    }

    public void switchOff() {
        if (breakGlassUserId == null) {
            Messages.error("Break-glass administrator: choose the administrator who may still sign in with a"
                    + " password.");
            return;
        }
        try {
            service.passwordOnlyForBreakGlass(breakGlassUserId, settings.version());
            reload();
            Messages.info("Password sign-in is off: everyone signs in through single sign-on, except "
                    + settings.breakGlassUsername() + " (\"Administrator sign-in\" on the sign-in page).");
            return;
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException | ConcurrentChangeException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        reload();
    }

    public void switchOn() {
        try {
            service.passwordsForEveryone(settings.version());
            Messages.info("Password sign-in is on again for everyone.");
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
        reload();
    }

    /** Asks the provider now about everyone signed in through it, and says what came of it. */
    public void checkDirectory() {
        DirectoryCheck.Report report = directoryCheck.checkNow();
        if (report.unreachable() != null) {
            Messages.error("The directory check stopped, and nobody's access changed: " + report.unreachable());
        } else if (report.ended().isEmpty()) {
            Messages.info("The directory still knows all " + report.asked() + " people checked.");
        } else {
            Messages.info("Checked " + report.asked() + " people; access ended for " + String.join(", ",
                    report.ended()) + ": the directory no longer knows them.");
        }
        reload();
    }

    private void reload() {
        endedByDirectory = directory.endedByTheDirectory(20);
        settings = service.current();
        candidates = service.breakGlassCandidates();
        breakGlassUserId = settings.breakGlassUserId();
    }

    public SignInSettingsSummary getSettings() { return settings; }
    public List<UserSummary> getCandidates() { return candidates; }
    public List<UserSummary> getEndedByDirectory() { return endedByDirectory; }
    public boolean isOfflineAccess() {
        return OidcSettings.current().map(OidcSettings::offlineAccess).orElse(false);
    }
    public long getCheckMinutes() {
        return OidcSettings.current().map(s -> s.directoryCheck().toMinutes()).orElse(0L);
    }
    public Long getBreakGlassUserId() { return breakGlassUserId; }
    public void setBreakGlassUserId(Long breakGlassUserId) { this.breakGlassUserId = breakGlassUserId; }
}
