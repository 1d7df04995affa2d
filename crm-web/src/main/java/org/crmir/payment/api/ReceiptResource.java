package org.crmir.payment.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.crmir.document.RenderedPdf;
import org.crmir.payment.ReceiptNotReadyException;
import org.crmir.payment.ReceiptPdfService;
import org.crmir.payment.ReceiptPdfService.ReceiptState;
import org.crmir.payment.ReceiptStatus;
import org.crmir.shared.api.Problem;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/payments/{id}/receipt}: the receipt's PDF once prepared; while it is being prepared, 202 with
 * its state and {@code Retry-After}; when it could not be prepared, a 409 problem with why. POST prepares a failed
 * receipt again.
 */
@Path("v1/payments/{id:[0-9]+}/receipt")
@RequestScoped
public class ReceiptResource {

    /** What the API says of a receipt: its number, PREPARING / READY / FAILED, and the words a page shows. */
    public record ReceiptRepresentation(long paymentId, String number, ReceiptStatus status, String message) {

        static ReceiptRepresentation of(ReceiptState state) {
            return new ReceiptRepresentation(state.paymentId(), state.number(), state.status(), state.words());
        }
    }

    @EJB
    ReceiptPdfService receipts;

    @Operation(summary = "Download a payment's receipt")
    @APIResponse(responseCode = "200", description = "The PDF.",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    @APIResponse(responseCode = "202", description = "Still being prepared: ask again after Retry-After seconds.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReceiptRepresentation.class)))
    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response pdf(@PathParam("id") long id) {
        try {
            RenderedPdf pdf = receipts.receiptPdf(id);
            return Response.ok(pdf.content(), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
        } catch (ReceiptNotReadyException e) {
            return notReady(e.state());
        }
    }

    @Operation(summary = "Where a payment's receipt stands")
    @GET
    @Path("state")
    @Produces(MediaType.APPLICATION_JSON)
    public ReceiptRepresentation state(@PathParam("id") long id) {
        return ReceiptRepresentation.of(receipts.state(id));
    }

    @Operation(summary = "Prepare a failed receipt again")
    @APIResponse(responseCode = "202", description = "Preparing again: ask for it after Retry-After seconds.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReceiptRepresentation.class)))
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response retry(@PathParam("id") long id) {
        return Response.accepted(ReceiptRepresentation.of(receipts.retry(id))).header("Retry-After", 2).build();
    }

    private static Response notReady(ReceiptState state) {
        if (state.status() == ReceiptStatus.PREPARING) {
            return Response.accepted(ReceiptRepresentation.of(state)).type(MediaType.APPLICATION_JSON)
                    .header("Retry-After", 2).build();
        }
        return Problem.of(409, "Receipt not prepared", state.detail());
    }
}
