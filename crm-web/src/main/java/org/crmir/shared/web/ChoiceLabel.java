package org.crmir.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a list filter's autocomplete names a record, "Name (#id)", and reads the id back from what was chosen. */
public final class ChoiceLabel {

    private static final Pattern ID = Pattern.compile("\\(#(\\d{1,18})\\)\\s*$");

    private ChoiceLabel() {
    }

    public static String of(String name, Long id) {
        return name + " (#" + id + ")";
    }

    /** The id a chosen label ends with; null for an empty field or a text typed without choosing. */
    public static Long idOf(String label) {
        if (label == null) {
            return null;
        }
        Matcher m = ID.matcher(label);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
