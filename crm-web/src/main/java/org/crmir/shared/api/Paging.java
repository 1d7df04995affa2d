package org.crmir.shared.api;

import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;

/** Reads {@code offset}, {@code limit} and {@code sort} query parameters; bad values are a 422, not a 404. */
public final class Paging {

    private Paging() {
    }

    /** {@code sort} is a field name, with a leading '-' for descending. */
    public static PageRequest from(String offset, String limit, String sort) {
        int first = parse("offset", offset, 0);
        int size = parse("limit", limit, PageRequest.DEFAULT_LIMIT);
        String field = null;
        boolean ascending = true;
        if (sort != null && !sort.isBlank()) {
            ascending = !sort.startsWith("-");
            field = ascending ? sort.strip() : sort.substring(1).strip();
        }
        return new PageRequest(first, size, field, ascending);
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, not '" + value + "'");
        }
    }
}
