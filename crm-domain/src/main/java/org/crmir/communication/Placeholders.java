package org.crmir.communication;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.shared.InvalidInputException;

/** {{name}} placeholders in templates: which exist, and filling them in. */
public final class Placeholders {

    /** Every placeholder a template may use; a value missing at send time becomes empty. */
    public static final List<String> KNOWN = List.of("contactName", "clientName", "companyName", "documentTitle",
            "senderName", "signature", "amount", "dueDate", "payOnline", "acceptOnline");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private Placeholders() {
    }

    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static void checkKnown(String field, String text) {
        for (String name : in(text)) {
            if (!KNOWN.contains(name)) {
                throw new InvalidInputException(field, "{{" + name + "}} is not a placeholder CRMir knows; use "
                        + String.join(", ", KNOWN.stream().map(n -> "{{" + n + "}}").toList()));
            }
        }
    }

    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
