package org.crmir.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.crmir.shared.InvalidInputException;

/**
 * A list page's URL parameters (the dashboard's links: {@code invoices.xhtml?status=open&currency=EUR}), kept
 * as given by {@code <f:viewParam value="#{view.url.values.status}">} and read once, by the page's
 * {@code <f:viewAction>}, into its filter fields, which the user then sees and may change or clear. A value
 * that cannot be read is not applied, and the page says so.
 */
public final class UrlFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> values = new HashMap<>();

    /** The parameters as the URL gave them, by name; f:viewParam writes here. */
    public Map<String, String> getValues() {
        return values;
    }

    public boolean has(String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }

    /**
     * The parameter {@code name} read by {@code reader} (given the name and the text; QueryValues' readers fit),
     * or null when it is absent or cannot be read; then a warning names the parameter and the rule.
     */
    public <T> T read(String name, BiFunction<String, String, T> reader) {
        if (!has(name)) {
            return null;
        }
        try {
            return reader.apply(name, values.get(name));
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "The link's " + name + " filter is not applied: " + e.getViolations().get(0).message(), null));
            return null;
        }
    }
}
