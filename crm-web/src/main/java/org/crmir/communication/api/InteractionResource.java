package org.crmir.communication.api;

import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.Interaction;
import org.crmir.communication.NewInteraction;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/clients/{id}/interactions}: a client's timeline, and logging an interaction. The class path is
 * the full collection path: a root resource at {@code v1/clients/{id}} would shadow the client resource's own
 * sub-paths (JAX-RS picks one root resource class per request and does not backtrack).
 */
@Path("v1/clients/{clientId:[0-9]+}/interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    @EJB
    CommunicationService communication;

    @Context
    UriInfo uri;

    @Operation(summary = "List a client's interactions")
    @GET
    public PageRepresentation<InteractionRepresentation> timeline(@PathParam("clientId") long clientId,
            @QueryParam("channel") String channel, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Channel only = QueryValues.oneOf("channel", channel, Channel.class);
        HistoryFilter filter = new HistoryFilter(null, null, only, null, null, null);
        return PageRepresentation.of(communication.timeline(clientId, filter, Paging.from(offset, limit, null)),
                InteractionRepresentation::of);
    }

    @Operation(summary = "Log a call, meeting, note or message")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InteractionRepresentation.class)))
    @POST
    public Response log(@PathParam("clientId") long clientId, InteractionRepresentation body) {
        required(body);
        Interaction logged = communication.record(clientId, new NewInteraction(body.channel(), body.direction(),
                body.sender(), body.recipient(), body.subject(), body.body(), body.occurredAt(), null, null, null));
        return Created.here(uri, logged.getId(), InteractionRepresentation.of(logged)).build();
    }
}
