package org.crmir.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/**
 * A table over a service that answers a page with its total asks, in one request, for the count and then for its
 * page. The count reads the page the table is expected to ask for (the one shown last, else the first 25 rows)
 * and keeps it in the request ({@code FacesContext}'s attributes, never longer); the page is taken from it when
 * it covers what the table asks, else read for itself (another page, another order). One call, not two.
 */
final class PageReadAhead<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PagedModel.Pages<T> pages;
    private PageRequest lastShown;
    /** The key of this table's page in the request's attributes. */
    private transient Object key;

    PageReadAhead(PagedModel.Pages<T> pages) {
        this.pages = pages;
    }

    long total() {
        PageRequest expected = lastShown != null ? lastShown : PageRequest.first(PageRequest.DEFAULT_LIMIT);
        Page<T> page = pages.apply(expected);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getAttributes().put(key(), new Read<>(expected, page));
        }
        return page.total();
    }

    List<T> rows(PageRequest request) {
        lastShown = request;
        FacesContext faces = FacesContext.getCurrentInstance();
        @SuppressWarnings("unchecked")
        Read<T> read = faces == null ? null : (Read<T>) faces.getAttributes().remove(key());
        if (read == null || !read.covers(request)) {
            return pages.apply(request).items();
        }
        List<T> items = read.page().items();
        return List.copyOf(items.subList(0, Math.min(request.limit(), items.size())));
    }

    private Object key() {
        if (key == null) {
            key = new Object();
        }
        return key;
    }

    /** A page read at the count, with what was asked for it. */
    private record Read<T>(PageRequest asked, Page<T> page) {

        /** It holds the rows now asked for: same start and order, and as many or more (or all there are). */
        boolean covers(PageRequest now) {
            return asked.offset() == now.offset() && Objects.equals(asked.sortField(), now.sortField())
                    && (now.sortField() == null || asked.ascending() == now.ascending())
                    && asked.limit() >= now.limit();
        }
    }
}
