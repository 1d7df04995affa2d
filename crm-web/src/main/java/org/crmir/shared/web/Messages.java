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

    /** "billingAddress.postalCode" → "Billing address postal code". */
    static String humanise(String field) {
        String spaced = field.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
