package org.crmir.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the error page says and answers. The container shows it for a refused (403), missing (404) or failed (500)
 * request with that status; opened by itself, as the target of a redirect after a failed Ajax request, it still
 * reports a failure: 500, never 200, so that no client, monitor or crawler takes it for a working page.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** Request attribute: the correlation id of the failure shown, logged with its stack trace. */
    static final String REFERENCE = "org.crmir.errorReference";

    private int status;

    /** Sets the response status; called before the page renders. */
    public void answer() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object dispatched = external.getRequestMap().get("jakarta.servlet.error.status_code");
        status = dispatched instanceof Integer code ? code : 500;
        external.setResponseStatus(status);
    }

    public int getStatus() {
        return status;
    }

    /** What happened, in the user's words: the page's heading and its tab's title. */
    public String getHeading() {
        return switch (status) {
            case 404 -> "Page not found";
            case 403 -> "Not allowed";
            default -> "Something went wrong";
        };
    }

    /** The sentence under the heading: why, and for a failure what to quote. */
    public String getExplanation() {
        return switch (status) {
            case 404 -> "There is no such page.";
            case 403 -> "Your roles do not allow you to open this page.";
            default -> "The error has been logged. If it happens again, tell your administrator this reference:";
        };
    }

    /** The correlation id to quote to an administrator: of this request's failure, or the one redirected here. */
    public String getReference() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object own = external.getRequestMap().get(REFERENCE);
        String given = external.getRequestParameterMap().get("id");
        String reference = own != null ? own.toString() : given;
        // only what the handler makes (8 hex digits) is echoed back, never arbitrary text from a link
        return reference != null && reference.matches("[0-9a-f]{8}") ? reference : null;
    }
}
