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

    /** Read afresh each time (one row by its key), so that saving the settings hides it in the same request. */
    public boolean isShown() {
        return currentUser.isAdmin() && !settings.current().isNamed();
    }
}
