package org.crmir.quote.api;

import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.crmir.invoice.Invoice;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteLinks;
import org.crmir.quote.QuoteRow;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.LineRepresentation;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;

/** {@code /api/v1/quotes}: list, read, draft, edit, add lines, send, convert. */
@Path("v1/quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

    @EJB
    QuoteService quotes;

    @Context
    UriInfo uri;

    /** Public links come from CRMir's configured public address, never from the request's Host header. */
    private static String publicBase() {
        return QuoteLinks.PAGE.prefix().orElse(null);
    }

    @GET
    public PageRepresentation<QuoteRow> list(@QueryParam("status") String status,
            @QueryParam("clientId") String client, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Long clientId = QueryValues.id("clientId", client);
        QuoteStatus s = status(status);
        PageRequest page = Paging.from(offset, limit, null);
        return PageRepresentation.of(new Page<>(quotes.list(s, clientId, page), quotes.count(s, clientId),
                page.offset(), page.limit()), row -> row);
    }

    @GET
    @Path("{id:[0-9]+}")
    public QuoteRepresentation get(@PathParam("id") long id) {
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, QuoteRepresentation body) {
        QuoteRepresentation draft = required(body);
        if (draft.clientId() == null) {
            throw new InvalidInputException("clientId", "is required");
        }
        Quote created = IdempotencyKeys.create(key, () -> quotes.createDraft(draft.clientId(), draft.validUntil(),
                lines(draft.lines()), draft.notes(), draft.terms(), key));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(QuoteRepresentation.of(quotes.find(created.getId()), publicBase())).build();
    }

    @PUT
    @Path("{id:[0-9]+}")
    public QuoteRepresentation update(@PathParam("id") long id, QuoteRepresentation body) {
        QuoteRepresentation edit = required(body);
        if (edit.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you last read");
        }
        quotes.updateDraft(id, edit.version(), edit.validUntil(), lines(edit.lines()), edit.notes(), edit.terms());
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @POST
    @Path("{id:[0-9]+}/lines")
    public QuoteRepresentation addLine(@PathParam("id") long id, LineRepresentation line) {
        quotes.addLine(id, required(line).toInput());
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @POST
    @Path("{id:[0-9]+}/send")
    public QuoteRepresentation send(@PathParam("id") long id) {
        quotes.send(id);
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @POST
    @Path("{id:[0-9]+}/convert")
    public Response convert(@PathParam("id") long id) {
        Invoice invoice = quotes.convert(id);
        return Response.created(uri.getBaseUriBuilder().path("v1/invoices").path(String.valueOf(invoice.getId()))
                .build()).entity(QuoteRepresentation.of(quotes.find(id), publicBase())).build();
    }

    private static List<LineInput> lines(List<LineRepresentation> lines) {
        return lines == null ? List.of() : lines.stream().map(l -> required(l).toInput()).toList();
    }

    private static QuoteStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return QuoteStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED, CONVERTED");
        }
    }
}
