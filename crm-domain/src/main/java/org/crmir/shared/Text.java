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

    /** {@code value} as it is with at most {@code max} characters, else cut to end in an ellipsis within them. */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
