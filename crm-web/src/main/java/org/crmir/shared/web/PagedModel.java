package org.crmir.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a service: the table asks for the count, then for one page, and both are
 * answered by the database. Filters come from the view's own fields, which the two functions read.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /*
     * Serializable, as the view that holds the model is kept in the HTTP session, which a cluster carries to another
     * node: after a failover the list pages on from there. A lambda given for one of these is serializable too.
     */
    private final Count count;
    private final Rows<T> page;
    private final Key<T> key;
    /** For {@link #ofPages}: the service's page with its total, read once for both of the table's questions. */
    private final Pages<T> pages;
    /** The page last shown, read ahead at the next count: a table shown again asks for it again. */
    private PageRequest lastShown;
    /** This model's key for the page read ahead, kept in the request (FacesContext's attributes), never longer. */
    private transient Object readAhead;
    /** The table's column filters as last sent (column → text), for views whose query reads them. */
    private Map<String, String> columnFilters = Map.of();

    /** How many rows match. */
    public interface Count extends LongSupplier, Serializable {
    }

    /** One page of rows. */
    public interface Rows<T> extends Function<PageRequest, List<T>>, Serializable {
    }

    /** A page with its total. */
    public interface Pages<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** A row's key. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    public PagedModel(Count count, Rows<T> page, Key<T> key) {
        this(count, page, key, null);
    }

    private PagedModel(Count count, Rows<T> page, Key<T> key, Pages<T> pages) {
        this.count = count;
        this.page = page;
        this.key = key;
        this.pages = pages;
    }

    /**
     * A model over a service method that answers a page and its total together. The table asks for the count,
     * then for its page, in one request: the count reads the page it expects (the one shown last, else the first
     * 25 rows) and the page is taken from it when it covers what the table asks; else the page is read again.
     */
    public static <T> PagedModel<T> ofPages(Pages<T> pages, Key<T> key) {
        return new PagedModel<>(null, null, key, pages);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        remember(filterBy);
        long total;
        if (pages == null) {
            total = count.getAsLong();
        } else {
            PageRequest expected = lastShown != null ? lastShown : PageRequest.first(PageRequest.DEFAULT_LIMIT);
            Page<T> ahead = pages.apply(expected);
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                faces.getAttributes().put(readAheadKey(), new ReadAhead<>(expected, ahead));
            }
            total = ahead.total();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        remember(filterBy);
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            if (sort.getOrder() != SortOrder.UNSORTED) {
                field = sort.getField();
                ascending = sort.getOrder() == SortOrder.ASCENDING;
            }
        }
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
        PageRequest request = new PageRequest(Math.max(first, 0), size, field, ascending);
        if (pages == null) {
            return page.apply(request);
        }
        lastShown = request;
        FacesContext faces = FacesContext.getCurrentInstance();
        @SuppressWarnings("unchecked")
        ReadAhead<T> ahead = faces == null ? null : (ReadAhead<T>) faces.getAttributes().remove(readAheadKey());
        return ahead != null && ahead.covers(request)
                ? List.copyOf(ahead.page().items().subList(0, Math.min(size, ahead.page().items().size())))
                : pages.apply(request).items();
    }

    /** A page read at the count, with what was asked for it. */
    private record ReadAhead<T>(PageRequest asked, Page<T> page) {

        /** It holds the rows now asked for: same start and order, and as many or more (or all there are). */
        boolean covers(PageRequest now) {
            return asked.offset() == now.offset() && Objects.equals(asked.sortField(), now.sortField())
                    && (now.sortField() == null || asked.ascending() == now.ascending())
                    && asked.limit() >= now.limit();
        }
    }

    private Object readAheadKey() {
        if (readAhead == null) {
            readAhead = new Object();
        }
        return readAhead;
    }

    private void remember(Map<String, FilterMeta> filterBy) {
        Map<String, String> typed = new java.util.HashMap<>();
        if (filterBy != null) {
            for (FilterMeta filter : filterBy.values()) {
                Object value = filter.getFilterValue();
                if (filter.getField() != null && value != null && !value.toString().isBlank()) {
                    typed.put(filter.getField(), value.toString());
                }
            }
        }
        columnFilters = Map.copyOf(typed);
    }

    public Map<String, String> getColumnFilters() { return columnFilters; }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
