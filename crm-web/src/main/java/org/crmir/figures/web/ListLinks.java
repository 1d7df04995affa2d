package org.crmir.figures.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The address of a list filtered as a figure counts it, with the list URL parameters of DESIGN12 (dates ISO),
 * for chart segments, whose links travel in the chart's JSON rather than in an h:link.
 */
final class ListLinks {

    private final String page;
    private final StringJoiner query = new StringJoiner("&");

    private ListLinks(String page) {
        this.page = page;
    }

    /** A link to {@code page} (such as "/quotes.xhtml") under the application's context path. */
    static ListLinks to(String page) {
        return new ListLinks(page);
    }

    static ListLinks invoices() {
        return new ListLinks("/invoices.xhtml");
    }

    static ListLinks payments() {
        return new ListLinks("/finance/payments.xhtml");
    }

    /** Adds a parameter; a null or blank value is left out (the list's default). */
    ListLinks with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            String text = value instanceof LocalDate date ? date.toString() : value.toString();
            query.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The address from the application's root, as a browser follows it from any page of it. */
    String url() {
        String root = FacesContext.getCurrentInstance() == null ? ""
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return root + page + (query.length() == 0 ? "" : "?" + query);
    }
}
