package org.crmir.invoice.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.crmir.invoice.InvoicePdfService;
import org.crmir.invoice.InvoiceService;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/credit-notes/{id}}; credit notes are made on their invoice ({@code POST .../credit-notes}). */
@Path("v1/credit-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditNoteResource {

    @EJB
    InvoiceService invoices;

    @EJB
    InvoicePdfService pdfs;

    @Operation(summary = "Read a credit note")
    @GET
    @Path("{id:[0-9]+}")
    public CreditNoteRepresentation get(@PathParam("id") long id) {
        return CreditNoteRepresentation.of(invoices.creditNote(id));
    }

    /** Emails the credit note's PDF to the client's billing contact: 202, the e-mail goes out through the queue. */
    @Operation(summary = "E-mail a credit note to the client")
    @APIResponse(responseCode = "202", description = "Queued for e-mail to the client.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditNoteRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/send")
    public Response send(@PathParam("id") long id) {
        pdfs.sendCreditNote(id);
        return Response.accepted(CreditNoteRepresentation.of(invoices.creditNote(id))).build();
    }
}
