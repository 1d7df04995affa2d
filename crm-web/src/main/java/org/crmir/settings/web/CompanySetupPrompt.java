package org.crmir.settings.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
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

    private Boolean shownInThisRender;

    /**
     * Read once while the page renders (Faces asks a {@code rendered} condition several times), and afresh in any
     * earlier phase, so that saving the settings hides it in the same request.
     */
    public boolean isShown() {
        boolean rendering = FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (rendering && shownInThisRender != null) {
            return shownInThisRender;
        }
        boolean shown = currentUser.isAdmin() && !settings.current().isNamed();
        if (rendering) {
            shownInThisRender = shown;
        }
        return shown;
    }
}
