package org.crmir.shared;

import java.io.Serializable;

/**
 * One page of a list, asked of the database: where it starts, how many rows, and the order.
 *
 * @param offset    index of the first row, from 0
 * @param limit     rows on the page, 1 to {@link #MAX_LIMIT}
 * @param sortField a field the list allows sorting on, or null for its default order
 * @param ascending sort direction
 * @param afterId   keyset paging, for reading a whole list (a download): the page starts after this row in the
 *                  list's default order, and {@code offset} is 0; null for ordinary pages
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending, Long afterId)
        implements Serializable {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 25;
    /** Lists of big tables count exactly up to this; past it they report {@code COUNT_CAP + 1}: "more than 10,000". */
    public static final int COUNT_CAP = 10_000;

    public PageRequest(int offset, int limit, String sortField, boolean ascending) {
        this(offset, limit, sortField, ascending, null);
    }

    public PageRequest {
        if (afterId != null && (offset != 0 || sortField != null)) {
            throw new InvalidInputException("afterId", "goes with offset 0 and the list's default order");
        }
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

    /** The {@code limit} rows after row {@code id} in the list's default order. */
    public static PageRequest after(long id, int limit) {
        return new PageRequest(0, limit, null, true, id);
    }

    public PageRequest sortedBy(String field, boolean asc) {
        return new PageRequest(offset, limit, field, asc, afterId);
    }
}
