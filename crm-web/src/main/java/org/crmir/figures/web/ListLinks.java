package org.crmir.figures.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A link to a list page with the filter parameters of DESIGN12 ("List URL parameters"), for chart segments,
 * which are not Faces links: blank values are left out, so that an unset filter does not narrow the list.
 */
final class ListLinks {

    private final String page;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ListLinks(String page) {
        this.page = page;
    }

    /** A link to {@code page} (such as "/quotes.xhtml") under the application's context path. */
    static ListLinks to(String page) {
        return new ListLinks(page);
    }

    ListLinks with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value);
        }
        return this;
    }

    String url() {
        StringBuilder url = new StringBuilder(contextPath()).append(page);
        char separator = '?';
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    private static String contextPath() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? "" : faces.getExternalContext().getRequestContextPath();
    }
}
