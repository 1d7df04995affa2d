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
import java.util.List;
import java.util.Locale;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.Interaction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;

/** A client's timeline over the API: read it, log an interaction, send an email. */
@Path("v1/clients/{clientId:[0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    @EJB
    CommunicationService communication;

    @Context
    UriInfo uri;

    @GET
    @Path("interactions")
    public PageRepresentation<InteractionRepresentation> timeline(@PathParam("clientId") long clientId,
            @QueryParam("channel") String channel, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        HistoryFilter filter = new HistoryFilter(null, null, channel(channel), null, null, null);
        return PageRepresentation.of(communication.timeline(clientId, filter, Paging.from(offset, limit, null)),
                InteractionRepresentation::of);
    }

    @POST
    @Path("interactions")
    public Response log(@PathParam("clientId") long clientId, InteractionRepresentation body) {
        required(body);
        Interaction logged = communication.record(clientId, new NewInteraction(body.channel(), body.direction(),
                body.sender(), body.recipient(), body.subject(), body.body(), body.occurredAt(), null, null, null));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(logged.getId())).build())
                .entity(InteractionRepresentation.of(logged)).build();
    }

    @POST
    @Path("emails")
    public Response send(@PathParam("clientId") long clientId, EmailRepresentation body) {
        required(body);
        Interaction queued = communication.sendEmail(new OutgoingEmail(clientId, body.contactId(), body.to(),
                body.subject(), body.body(), List.of(), null, null));
        return Response.accepted(InteractionRepresentation.of(queued)).build();
    }

    private static Channel channel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", "must be one of CALL, MEETING, NOTE, EMAIL, SMS");
        }
    }
}
