package org.crmir.contract.api;

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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractPdfService;
import org.crmir.document.RenderedPdf;
import org.crmir.contract.ContractDocument;
import org.crmir.contract.DocumentDownload;
import org.crmir.contract.FileKind;
import org.crmir.contract.ContractFilter;
import org.crmir.contract.ContractInvoice;
import org.crmir.contract.ContractRow;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractService;
import org.crmir.contract.ContractStatus;
import org.crmir.contract.ContractLinks;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Problem;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/contracts}: list (status, clientId, owner, endingWithinDays), read, draft (with an
 * Idempotency-Key), edit a draft, add important dates, activate, amend, terminate, and the invoices billed.
 */
@Path("v1/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @EJB
    ContractService contracts;

    @EJB
    ContractQueries contractQueries;

    @EJB
    ContractPdfService pdfs;

    @Context
    UriInfo uri;

    /** The body of a termination. */
    public record Termination(LocalDate lastDay, String reason) {
    }

    /** The contract link without its token, from CRMIR_PUBLIC_URL only (never the request's Host); or null. */
    private static String publicBase() {
        return ContractLinks.PAGE.prefix().orElse(null);
    }

    /**
     * The filtered list: the parameters of the contract page's URL (status; currency; owner, the client's owner:
     * {@code me} or a user id; ending and notice-deadline date ranges) plus the client, the contract's own owner
     * ({@code contractOwner}, a username), "ending within N days" and paging.
     */
    @Operation(summary = "List contracts")
    @GET
    public PageRepresentation<ContractRow> list(@QueryParam("status") String status,
            @QueryParam("clientId") String clientId, @QueryParam("client") String client,
            @QueryParam("contractOwner") String contractOwner, @QueryParam("owner") String owner,
            @QueryParam("currency") String currency, @QueryParam("endingWithinDays") String endingWithinDays,
            @QueryParam("endingFrom") String endingFrom, @QueryParam("endingTo") String endingTo,
            @QueryParam("noticeFrom") String noticeFrom, @QueryParam("noticeTo") String noticeTo,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        ContractFilter filter = new ContractFilter(QueryValues.oneOf("status", status, ContractStatus.class),
                QueryValues.clientId(clientId, client), QueryValues.text(contractOwner),
                QueryValues.whole("endingWithinDays", endingWithinDays), QueryValues.currency("currency", currency),
                QueryValues.owner("owner", owner), QueryValues.date("endingFrom", endingFrom),
                QueryValues.date("endingTo", endingTo), QueryValues.date("noticeFrom", noticeFrom),
                QueryValues.date("noticeTo", noticeTo));
        PageRequest page = Paging.from(offset, limit, null);
        return PageRepresentation.of(contractQueries.list(filter, page), contractQueries.count(filter), page);
    }

    @Operation(summary = "Read a contract")
    @GET
    @Path("{id:[0-9]+}")
    public ContractRepresentation get(@PathParam("id") long id) {
        return ContractRepresentation.of(contracts.find(id), publicBase());
    }

    @Operation(summary = "Create a draft contract")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractRepresentation.class)))
    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, ContractRepresentation body) {
        ContractRepresentation draft = required(body);
        Contract created = IdempotencyKeys.create(key, () -> contracts.createDraft(draft.toDraft(), key));
        return Created.here(uri, created.getId(),
                ContractRepresentation.of(contracts.find(created.getId()), publicBase())).build();
    }

    @Operation(summary = "Change a draft contract")
    @PUT
    @Path("{id:[0-9]+}")
    public ContractRepresentation update(@PathParam("id") long id, ContractRepresentation body) {
        ContractRepresentation edit = required(body);
        contracts.updateDraft(id, readVersion(edit.version()), edit.toDraft());
        return ContractRepresentation.of(contracts.find(id), publicBase());
    }

    @Operation(summary = "Add a milestone to a contract")
    @POST
    @Path("{id:[0-9]+}/milestones")
    public ContractRepresentation addMilestone(@PathParam("id") long id, ContractRepresentation.Milestone body) {
        contracts.addMilestone(id, required(body).toInput());
        return ContractRepresentation.of(contracts.find(id), publicBase());
    }

    @Operation(summary = "Activate a contract")
    @POST
    @Path("{id:[0-9]+}/activate")
    public ContractRepresentation activate(@PathParam("id") long id) {
        contracts.activate(id);
        return ContractRepresentation.of(contracts.find(id), publicBase());
    }

    @Operation(summary = "Terminate a contract")
    @POST
    @Path("{id:[0-9]+}/terminate")
    public ContractRepresentation terminate(@PathParam("id") long id, Termination body) {
        Termination termination = required(body);
        contracts.terminate(id, termination.lastDay(), termination.reason());
        return ContractRepresentation.of(contracts.find(id), publicBase());
    }

    /** A new draft revision; 201 with its location. */
    @Operation(summary = "Amend a contract (a new draft that replaces it when activated)")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/amend")
    public Response amend(@PathParam("id") long id) {
        Contract amendment = contracts.amend(id);
        return Created.in(uri, "v1/contracts", amendment.getId(),
                ContractRepresentation.of(contracts.find(amendment.getId()), publicBase())).build();
    }

    @Operation(summary = "List a contract's invoices")
    @GET
    @Path("{id:[0-9]+}/invoices")
    public List<ContractInvoice> invoices(@PathParam("id") long id, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return contractQueries.invoicesOf(id, Paging.from(offset, limit, null));
    }

    /** Emails the PDF and the public acceptance link to the client; the contract as it is now. */
    @Operation(summary = "Send a contract to the client for acceptance")
    @POST
    @Path("{id:[0-9]+}/send")
    public ContractRepresentation send(@PathParam("id") long id) {
        pdfs.send(id);
        return ContractRepresentation.of(contracts.find(id), publicBase());
    }

    @Operation(summary = "Download a contract's PDF")
    @APIResponse(responseCode = "200", description = "The PDF.",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    @GET
    @Path("{id:[0-9]+}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        RenderedPdf pdf = pdfs.pdf(id);
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** An attached file as the API lists it. */
    public record DocumentRepresentation(Long id, String fileName, String contentType, long sizeBytes,
            String uploadedBy, java.time.Instant uploadedAt) {

        static DocumentRepresentation of(ContractDocument d) {
            return new DocumentRepresentation(d.getId(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
                    d.getUploadedBy(), d.getUploadedAt());
        }
    }

    @Operation(summary = "List a contract's attached documents")
    @GET
    @Path("{id:[0-9]+}/documents")
    public List<DocumentRepresentation> documents(@PathParam("id") long id) {
        return contractQueries.documentsOf(id).stream().map(DocumentRepresentation::of).toList();
    }

    /**
     * Attaches the request body as a file named by {@code fileName}; its kind is read from its content. The body
     * is read up to one byte past the limit, so an oversized upload is refused without holding all of it.
     */
    @Operation(summary = "Attach a document to a contract")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body)
            throws IOException {
        if (body == null) {
            throw new InvalidInputException("file", "the request needs the file as its body");
        }
        byte[] content = body.readNBytes(FileKind.MAX_BYTES + 1);
        if (content.length > FileKind.MAX_BYTES) {
            // Also a body sent in chunks, which the request check before the API cannot size in advance.
            throw new WebApplicationException(Problem.of(413, "Request too large", "The file is larger than "
                    + FileKind.MAX_BYTES / 1024 / 1024 + " MB; at most " + FileKind.MAX_BYTES / 1024 / 1024
                    + " MB can be attached."));
        }
        ContractDocument document = contracts.attach(id, fileName, content);
        return Created.here(uri, document.getId(), DocumentRepresentation.of(document))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @Operation(summary = "Download an attached document")
    @APIResponse(responseCode = "200", description = "The document as it was attached.",
            content = {@Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("{id:[0-9]+}/documents/{documentId:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        DocumentDownload file = contractQueries.download(id, documentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
