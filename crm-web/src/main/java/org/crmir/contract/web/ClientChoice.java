package org.crmir.contract.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client as an autocomplete shows it, "Name (#id)", and back to its id. */
final class ClientChoice {

    private static final Pattern ID = Pattern.compile("\\(#(\\d{1,18})\\)\\s*$");

    private ClientChoice() {
    }

    static String label(String name, Long id) {
        return name + " (#" + id + ")";
    }

    static Long idOf(String label) {
        if (label == null) {
            return null;
        }
        Matcher m = ID.matcher(label);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
