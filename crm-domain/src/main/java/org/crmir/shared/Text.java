package org.crmir.shared;

/** Normalises what people type: trims it, and an empty field means "not given". */
public final class Text {

    private Text() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
