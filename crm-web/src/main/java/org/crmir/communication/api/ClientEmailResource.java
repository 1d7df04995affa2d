package org.crmir.communication.api;

import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Interaction;
import org.crmir.communication.OutgoingEmail;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /api/v1/clients/{id}/emails}: queues an email to the client; 202, its status follows in the timeline. */
@Path("v1/clients/{clientId:[0-9]+}/emails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientEmailResource {

    @EJB
    CommunicationService communication;

    @Operation(summary = "E-mail a client")
    @APIResponse(responseCode = "202", description = "Queued for sending; its status follows in the history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InteractionRepresentation.class)))
    @POST
    public Response send(@PathParam("clientId") long clientId, EmailRepresentation body) {
        required(body);
        Interaction queued = communication.sendEmail(new OutgoingEmail(clientId, body.contactId(), body.to(),
                body.subject(), body.body(), List.of(), null, null));
        return Response.accepted(InteractionRepresentation.of(queued)).build();
    }

}
