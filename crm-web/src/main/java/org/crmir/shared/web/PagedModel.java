package org.crmir.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
        this.count = count;
        this.page = page;
        this.key = key;
    }

    /**
     * A model over a service method that answers a page and its total together, asked once for both of the
     * table's questions of a request ({@link PageReadAhead}).
     */
    public static <T> PagedModel<T> ofPages(Pages<T> pages, Key<T> key) {
        PageReadAhead<T> readAhead = new PageReadAhead<>(pages);
        return new PagedModel<>(readAhead::total, readAhead::rows, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        remember(filterBy);
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
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
        return page.apply(new PageRequest(Math.max(first, 0), size, field, ascending));
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
