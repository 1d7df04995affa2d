package org.crmir.shared;

/**
 * One page of a list, asked of the database: where it starts, how many rows, and the order.
 *
 * @param offset    index of the first row, from 0
 * @param limit     rows on the page, 1 to {@link #MAX_LIMIT}
 * @param sortField a field the list allows sorting on, or null for its default order
 * @param ascending sort direction
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 25;
    /** Lists of big tables count exactly up to this; past it they report {@code COUNT_CAP + 1}: "more than 10,000". */
    public static final int COUNT_CAP = 10_000;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }

    public PageRequest sortedBy(String field, boolean asc) {
        return new PageRequest(offset, limit, field, asc);
    }
}
