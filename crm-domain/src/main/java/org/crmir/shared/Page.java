package org.crmir.shared;

import java.io.Serializable;
import java.util.List;

/**
 * A page of results and the number of rows the whole filtered list has.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
