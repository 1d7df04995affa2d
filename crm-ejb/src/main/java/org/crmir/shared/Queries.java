package org.crmir.shared;

/** Small helpers for building database filters from what users type. */
public final class Queries {

    /** The LIKE escape character; not a backslash, which MySQL would read as its own string escape. */
    public static final char LIKE_ESCAPE = '!';

    private Queries() {
    }

    /** A LIKE pattern matching values that start with {@code text}, its own wildcards taken literally. */
    public static String startsWith(String text) {
        return escapeLike(text.strip()) + "%";
    }

    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
