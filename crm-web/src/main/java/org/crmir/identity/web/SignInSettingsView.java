package org.crmir.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

    private SignInSettingsSummary settings;
    private List<UserSummary> candidates;
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

    private void reload() {
        settings = service.current();
        candidates = service.breakGlassCandidates();
        breakGlassUserId = settings.breakGlassUserId();
    }

    public SignInSettingsSummary getSettings() { return settings; }
    public List<UserSummary> getCandidates() { return candidates; }
    public Long getBreakGlassUserId() { return breakGlassUserId; }
    public void setBreakGlassUserId(Long breakGlassUserId) { this.breakGlassUserId = breakGlassUserId; }
}
