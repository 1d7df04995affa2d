package org.crmir.shared.api;

import java.util.List;
import java.util.function.Function;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/** A page of a list as the API returns it: the items, the total of the whole list, where the page starts. */
public record PageRepresentation<T>(List<T> items, long total, int offset, int limit) {

    public static <S, T> PageRepresentation<T> of(Page<S> page, Function<S, T> convert) {
        return new PageRepresentation<>(page.items().stream().map(convert).toList(), page.total(), page.offset(),
                page.limit());
    }

    /** Rows that go out as the service read them, with the total of the whole list. */
    public static <T> PageRepresentation<T> of(List<T> rows, long total, PageRequest page) {
        return new PageRepresentation<>(List.copyOf(rows), total, page.offset(), page.limit());
    }
}
