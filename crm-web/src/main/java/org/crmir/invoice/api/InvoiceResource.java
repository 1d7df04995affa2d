package org.crmir.invoice.api;

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
import org.crmir.invoice.CreditNote;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceFilter;
import org.crmir.invoice.InvoiceQueries;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.LineRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/invoices}: list with sums, read, draft, edit, add lines, issue, void, credit. */
@Path("v1/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @EJB
    InvoiceService invoices;

    @EJB
    InvoiceQueries queries;

    @EJB
    org.crmir.invoice.InvoicePdfService pdfs;

    @Context
    UriInfo uri;

    /**
     * The filtered list: the parameters of the invoice page's URL (status, also {@code open} or {@code billed};
     * currency; owner, {@code me} or a user id; issued, due and paid date ranges; client; product) plus totals,
     * number and paging.
     */
    @Operation(summary = "List invoices")
    @GET
    public InvoiceListRepresentation list(@QueryParam("status") String status,
            @QueryParam("clientId") String clientId, @QueryParam("client") String client,
            @QueryParam("issuedFrom") String from, @QueryParam("issuedTo") String to,
            @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
            @QueryParam("paidFrom") String paidFrom, @QueryParam("paidTo") String paidTo,
            @QueryParam("currency") String currency, @QueryParam("owner") String owner,
            @QueryParam("minTotal") String min, @QueryParam("maxTotal") String max,
            @QueryParam("number") String number, @QueryParam("product") String product,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @QueryParam("totals") String withTotals) {
        InvoiceFilter filter = new InvoiceFilter(
                QueryValues.statuses("status", status, InvoiceStatus.class, InvoiceFilter.GROUPS),
                QueryValues.clientId(clientId, client), QueryValues.date("issuedFrom", from),
                QueryValues.date("issuedTo", to), QueryValues.amount("minTotal", min),
                QueryValues.amount("maxTotal", max), number, QueryValues.currency("currency", currency),
                QueryValues.owner("owner", owner), QueryValues.date("dueFrom", dueFrom),
                QueryValues.date("dueTo", dueTo), QueryValues.date("paidFrom", paidFrom),
                QueryValues.date("paidTo", paidTo), QueryValues.id("product", product));
        PageRequest page = Paging.from(offset, limit, null);
        boolean sums = QueryValues.flag("totals", withTotals);
        long count = queries.count(filter);
        return new InvoiceListRepresentation(queries.list(filter, page), count, count <= InvoiceQueries.COUNT_CAP,
                page.offset(), page.limit(), sums ? queries.totals(filter) : null);
    }

    @Operation(summary = "Read an invoice")
    @GET
    @Path("{id:[0-9]+}")
    public InvoiceRepresentation get(@PathParam("id") long id) {
        return InvoiceRepresentation.of(invoices.find(id));
    }

    @Operation(summary = "Create a draft invoice")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceRepresentation.class)))
    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, InvoiceRepresentation body) {
        InvoiceRepresentation draft = required(body);
        required("clientId", draft.clientId());
        Invoice created = IdempotencyKeys.create(key, () -> invoices.createDraft(draft.clientId(),
                lines(draft.lines()), draft.notes(), draft.terms(), key));
        return Created.here(uri, created.getId(), InvoiceRepresentation.of(invoices.find(created.getId())))
                .build();
    }

    @Operation(summary = "Change a draft invoice")
    @PUT
    @Path("{id:[0-9]+}")
    public InvoiceRepresentation update(@PathParam("id") long id, InvoiceRepresentation body) {
        InvoiceRepresentation edit = required(body);
        invoices.updateDraft(id, readVersion(edit.version()), lines(edit.lines()), edit.notes(), edit.terms());
        return InvoiceRepresentation.of(invoices.find(id));
    }

    @Operation(summary = "Add a line to a draft invoice")
    @POST
    @Path("{id:[0-9]+}/lines")
    public InvoiceRepresentation addLine(@PathParam("id") long id, LineRepresentation line) {
        invoices.addLine(id, required(line).toInput());
        return InvoiceRepresentation.of(invoices.find(id));
    }

    /** Issues the draft; issuing again (a retry) returns the issued invoice with the same number. */
    @Operation(summary = "Issue an invoice (it gets its number)")
    @POST
    @Path("{id:[0-9]+}/issue")
    public InvoiceRepresentation issue(@PathParam("id") long id) {
        return InvoiceRepresentation.of(invoices.issue(id));
    }

    /** The invoice as a PDF. */
    @Operation(summary = "Download an invoice's PDF")
    @APIResponse(responseCode = "200", description = "The PDF.",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    @GET
    @Path("{id:[0-9]+}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        org.crmir.document.RenderedPdf pdf = pdfs.invoicePdf(id);
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** Emails the issued invoice's PDF to the client's billing contact. */
    @Operation(summary = "E-mail an invoice to the client")
    @APIResponse(responseCode = "202", description = "Queued for e-mail to the client.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/send")
    public Response send(@PathParam("id") long id) {
        pdfs.sendInvoice(id);
        return Response.accepted(InvoiceRepresentation.of(invoices.find(id))).build();
    }

    @Operation(summary = "Void an invoice")
    @POST
    @Path("{id:[0-9]+}/void")
    public InvoiceRepresentation voidIt(@PathParam("id") long id) {
        invoices.voidInvoice(id);
        return InvoiceRepresentation.of(invoices.find(id));
    }

    @Operation(summary = "Issue a credit note on an invoice")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditNoteRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/credit-notes")
    public Response credit(@PathParam("id") long id, CreditNoteRepresentation body) {
        CreditNoteRepresentation note = required(body);
        required("amount", note.amount());
        Invoice invoice = invoices.find(id);
        CreditNote created = invoices.credit(id, Money.of(note.amount(), invoice.getCurrency()), note.reason());
        return Created.in(uri, "v1/credit-notes", created.getId(), CreditNoteRepresentation.of(created)).build();
    }

    static List<org.crmir.shared.LineInput> lines(List<LineRepresentation> lines) {
        return lines == null ? List.of() : lines.stream().map(l -> required(l).toInput()).toList();
    }
}
