package org.crmir.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a screen shows for the application's codes: {@code #{labels.of(invoice.status)}} reads
 * "Partially paid" for {@code InvoiceStatus.PARTIALLY_PAID}. Every page, select list and filter goes through here,
 * so no code reaches a user; the words live in {@code messages.properties} (also Faces' message bundle).
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    static final String BUNDLE = "org.crmir.shared.web.messages";

    /** The label of an enum constant (or of a code given as text); "" for null. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        ResourceBundle words = bundle();
        if (value instanceof Enum<?> constant) {
            String typed = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            if (words.containsKey(typed)) {
                return words.getString(typed);
            }
            return ofCode(words, constant.name());
        }
        return ofCode(words, value.toString());
    }

    /** The labels of several codes, in their order, comma-separated: "Administrator, Sales". */
    public String ofAll(java.util.Collection<?> values) {
        if (values == null) {
            return "";
        }
        return values.stream().map(this::of).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The label of a code of a known enum type given by its simple name, e.g. {@code of('InvoiceStatus', s)}. */
    public String of(String type, Object value) {
        if (value == null) {
            return "";
        }
        String code = value instanceof Enum<?> constant ? constant.name() : value.toString();
        ResourceBundle words = bundle();
        String typed = type + "." + code;
        return words.containsKey(typed) ? words.getString(typed) : ofCode(words, code);
    }

    /** A message of the bundle, formatted with its arguments in the view's locale. */
    public static String message(String key, Object... arguments) {
        ResourceBundle words = bundle();
        String pattern;
        try {
            pattern = words.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new java.text.MessageFormat(pattern, viewLocale()).format(arguments);
    }

    private static String ofCode(ResourceBundle words, String code) {
        if (words.containsKey(code)) {
            return words.getString(code);
        }
        return code.matches("[A-Z][A-Z0-9_]*") ? spelled(code) : code;
    }

    /** "BANK_TRANSFER" → "Bank transfer": never a raw code, even for a constant the bundle does not know yet. */
    static String spelled(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, viewLocale(), Labels.class.getClassLoader());
    }

    /** The locale the current view is rendered in (from the browser's Accept-Language), English outside a view. */
    public static Locale viewLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return Locale.ENGLISH;
        }
        return faces.getViewRoot().getLocale();
    }
}
