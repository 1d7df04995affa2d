package org.crmir.quote.api;

import static org.crmir.shared.api.Bodies.readVersion;
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
import org.crmir.invoice.Invoice;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteLinks;
import org.crmir.quote.QuoteFilter;
import org.crmir.quote.QuoteQueries;
import org.crmir.quote.QuoteRow;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.LineInput;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.LineRepresentation;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/quotes}: list, read, draft, edit, add lines, send, convert. */
@Path("v1/quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

    @EJB
    QuoteService quotes;

    @EJB
    QuoteQueries queries;

    @Context
    UriInfo uri;

    /** Public links come from CRMir's configured public address, never from the request's Host header. */
    private static String publicBase() {
        return QuoteLinks.PAGE.prefix().orElse(null);
    }

    /**
     * The filtered list: the parameters of the quote page's URL (status, also {@code open}; currency; owner,
     * {@code me} or a user id; decided and created day ranges) plus the client and paging.
     */
    @Operation(summary = "List quotes")
    @GET
    public PageRepresentation<QuoteRow> list(@QueryParam("status") String status,
            @QueryParam("clientId") String clientId, @QueryParam("client") String client,
            @QueryParam("currency") String currency, @QueryParam("owner") String owner,
            @QueryParam("decidedFrom") String decidedFrom, @QueryParam("decidedTo") String decidedTo,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        QuoteFilter filter = new QuoteFilter(QueryValues.statuses("status", status, QuoteStatus.class,
                QuoteFilter.GROUPS), QueryValues.clientId(clientId, client), QueryValues.currency("currency", currency),
                QueryValues.owner("owner", owner), QueryValues.date("decidedFrom", decidedFrom),
                QueryValues.date("decidedTo", decidedTo), QueryValues.date("createdFrom", createdFrom),
                QueryValues.date("createdTo", createdTo));
        PageRequest page = Paging.from(offset, limit, null);
        return PageRepresentation.of(queries.list(filter, page), queries.count(filter), page);
    }

    @Operation(summary = "Read a quote")
    @GET
    @Path("{id:[0-9]+}")
    public QuoteRepresentation get(@PathParam("id") long id) {
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @Operation(summary = "Create a draft quote")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteRepresentation.class)))
    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, QuoteRepresentation body) {
        QuoteRepresentation draft = required(body);
        required("clientId", draft.clientId());
        Quote created = IdempotencyKeys.create(key, () -> quotes.createDraft(draft.clientId(), draft.validUntil(),
                lines(draft.lines()), draft.notes(), draft.terms(), key));
        return Created.here(uri, created.getId(), QuoteRepresentation.of(quotes.find(created.getId()), publicBase()))
                .build();
    }

    @Operation(summary = "Change a draft quote")
    @PUT
    @Path("{id:[0-9]+}")
    public QuoteRepresentation update(@PathParam("id") long id, QuoteRepresentation body) {
        QuoteRepresentation edit = required(body);
        quotes.updateDraft(id, readVersion(edit.version()), edit.validUntil(), lines(edit.lines()), edit.notes(),
                edit.terms());
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @Operation(summary = "Add a line to a draft quote")
    @POST
    @Path("{id:[0-9]+}/lines")
    public QuoteRepresentation addLine(@PathParam("id") long id, LineRepresentation line) {
        quotes.addLine(id, required(line).toInput());
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @Operation(summary = "Send a quote to the client")
    @POST
    @Path("{id:[0-9]+}/send")
    public QuoteRepresentation send(@PathParam("id") long id) {
        quotes.send(id);
        return QuoteRepresentation.of(quotes.find(id), publicBase());
    }

    @Operation(summary = "Convert an accepted quote into a draft invoice")
    @APIResponse(responseCode = "201",
            description = "Converted: Location is the new draft invoice; the body is the quote, now converted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/convert")
    public Response convert(@PathParam("id") long id) {
        Invoice invoice = quotes.convert(id);
        return Created.in(uri, "v1/invoices", invoice.getId(), QuoteRepresentation.of(quotes.find(id), publicBase()))
                .build();
    }

    private static List<LineInput> lines(List<LineRepresentation> lines) {
        return lines == null ? List.of() : lines.stream().map(l -> required(l).toInput()).toList();
    }
}
