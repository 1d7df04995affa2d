package org.crmir.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.crmir.shared.InvalidInputException;

/** Faces messages for the outcomes of a use case, worded for the user. */
public final class Messages {

    private Messages() {
    }

    public static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary);
    }

    /** A confirmation for the page a redirect leads to (kept in the flash). */
    public static void infoAfterRedirect(String summary) {
        info(summary);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * The record a page was opened for does not exist (or the link is no longer valid): the message, and on the
     * page request itself HTTP 404, so that the answer says so too. Ajax requests keep 200: Faces reads their body.
     */
    public static void notFound(String summary) {
        error(summary);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && !faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public static void error(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary);
    }

    /** One message per broken rule, each naming its field. */
    public static void invalid(InvalidInputException invalid) {
        for (InvalidInputException.Violation v : invalid.getViolations()) {
            String field = v.field() == null ? "" : humanise(v.field()) + ": ";
            add(null, FacesMessage.SEVERITY_ERROR, field + v.message());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }

    /** "billingAddress.postalCode" → "Billing address postal code"; "url" → "URL". */
    static String humanise(String field) {
        String spaced = field.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                .replaceAll("\\burl\\b", "URL");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
