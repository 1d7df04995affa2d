package org.crmir.importing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One thing an import fills in, such as a client's e-mail. {@code key} is the property it sets (as Bean Validation
 * names it, so that a broken rule points back here); {@code aliases} are other headers that mean it, compared
 * without case, spaces or punctuation.
 */
public record ImportField(String key, String label, boolean required, List<String> aliases) implements Serializable {

    public ImportField {
        aliases = List.copyOf(aliases);
    }

    static ImportField required(String key, String label, String... aliases) {
        return new ImportField(key, label, true, List.of(aliases));
    }

    static ImportField optional(String key, String label, String... aliases) {
        return new ImportField(key, label, false, List.of(aliases));
    }

    /** Whether a header cell names this field. */
    public boolean isNamedBy(String header) {
        String wanted = simple(header);
        if (wanted.isEmpty()) {
            return false;
        }
        if (wanted.equals(simple(key)) || wanted.equals(simple(label))) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> wanted.equals(simple(alias)));
    }

    /** Lower case letters and digits only: "E-mail address" and "email_address" read alike. */
    static String simple(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
