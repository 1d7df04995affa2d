package org.crmir.settings.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmir.settings.SettingsService;
import org.crmir.shared.web.CurrentUser;

/**
 * Tells administrators, on every page, that documents still say "Your Company" until the company's name is set.
 * Nothing is refused meanwhile: quotes and invoices work, they just carry the placeholder.
 */
@Named
@RequestScoped
public class CompanySetupPrompt {

    @EJB
    private SettingsService settings;

    @Inject
    private CurrentUser currentUser;

    private Boolean shown;

    /**
     * Read once a request: Faces asks a {@code rendered} condition in each phase, for every component it visits on
     * the way to an Ajax request's target, and each read of the settings is a call and a query (a tenth of a client
     * search's CPU, benchmark/screens). Saving the settings forgets it, so that the banner goes in the same request.
     */
    public boolean isShown() {
        if (shown == null) {
            shown = currentUser.isAdmin() && !settings.current().isNamed();
        }
        return shown;
    }

    /** After the company's details are saved: the next question reads them again. */
    public void forget() {
        shown = null;
    }
}
