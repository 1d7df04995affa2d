package org.crmir.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A table over a service that answers a page with its total: what the service is asked, request by request. */
class PagedModelTest {

    private static final List<Integer> ROWS = IntStream.range(0, 42).boxed().toList();

    private final List<PageRequest> asked = new ArrayList<>();
    private final PagedModel<Integer> model = PagedModel.ofPages(this::page, row -> row);

    private Page<Integer> page(PageRequest request) {
        asked.add(request);
        List<Integer> ordered = new ArrayList<>(ROWS);
        if (request.sortField() != null && !request.ascending()) {
            ordered.sort(Comparator.reverseOrder());
        }
        List<Integer> items = ordered.subList(Math.min(request.offset(), ordered.size()),
                Math.min(request.offset() + request.limit(), ordered.size()));
        return new Page<>(items, ordered.size(), request.offset(), request.limit());
    }

    @AfterEach
    void endRequest() {
        Request.end();
    }

    @Test
    void aTableShownFirstAsksTheServiceOnceForItsCountAndItsPage() {
        Request.begin();
        assertEquals(42, model.count(Map.of()));
        assertEquals(List.of(0, 1, 2, 3, 4), model.load(0, 5, Map.of(), Map.of()));
        assertEquals(1, asked.size(), "one read for both: " + asked);
    }

    @Test
    void theSamePageShownAgainInALaterRequestIsReadOnceAsWell() {
        Request.begin();
        model.count(Map.of());
        model.load(5, 5, Map.of(), Map.of());
        asked.clear();
        Request.begin();
        assertEquals(42, model.count(Map.of()));
        assertEquals(List.of(5, 6, 7, 8, 9), model.load(5, 5, Map.of(), Map.of()));
        assertEquals(List.of(new PageRequest(5, 5, null, true)), asked);
    }

    @Test
    void anotherPageOrOrderThanTheOneReadAheadIsReadForItself() {
        Request.begin();
        model.count(Map.of());
        assertEquals(List.of(30, 31, 32, 33, 34), model.load(30, 5, Map.of(), Map.of()), "past the 25 read ahead");
        Request.begin();
        model.count(Map.of());
        Map<String, SortMeta> newestFirst = Map.of("id", SortMeta.builder().field("id").order(SortOrder.DESCENDING)
                .build());
        assertEquals(List.of(41, 40, 39, 38, 37), model.load(0, 5, newestFirst, Map.of()));
        assertEquals(4, asked.size(), "each page read for itself after its count: " + asked);
    }

    @Test
    void aPageReadAheadIsNeverServedInALaterRequest() {
        Request.begin();
        model.count(Map.of());
        Request.begin();
        model.load(0, 5, Map.of(), Map.of());
        assertEquals(2, asked.size(), "the later request reads its own page: " + asked);
    }

    /** A Faces request as far as the model uses one: its attributes, which live as long as the request. */
    private static final class Request extends FacesContext {

        private final Map<Object, Object> attributes = new HashMap<>();

        static void begin() {
            setCurrentInstance(new Request());
        }

        static void end() {
            setCurrentInstance(null);
        }

        @Override public Map<Object, Object> getAttributes() { return attributes; }
        @Override public Application getApplication() { return null; }
        @Override public Iterator<String> getClientIdsWithMessages() { return Collections.emptyIterator(); }
        @Override public Lifecycle getLifecycle() { return null; }
        @Override public ExternalContext getExternalContext() { return null; }
        @Override public FacesMessage.Severity getMaximumSeverity() { return null; }
        @Override public Iterator<FacesMessage> getMessages() { return Collections.emptyIterator(); }
        @Override public Iterator<FacesMessage> getMessages(String clientId) { return Collections.emptyIterator(); }
        @Override public RenderKit getRenderKit() { return null; }
        @Override public boolean getRenderResponse() { return false; }
        @Override public boolean getResponseComplete() { return false; }
        @Override public ResponseStream getResponseStream() { return null; }
        @Override public void setResponseStream(ResponseStream responseStream) { }
        @Override public ResponseWriter getResponseWriter() { return null; }
        @Override public void setResponseWriter(ResponseWriter responseWriter) { }
        @Override public UIViewRoot getViewRoot() { return null; }
        @Override public void setViewRoot(UIViewRoot root) { }
        @Override public void addMessage(String clientId, FacesMessage message) { }
        @Override public void release() { }
        @Override public void renderResponse() { }
        @Override public void responseComplete() { }
    }
}
