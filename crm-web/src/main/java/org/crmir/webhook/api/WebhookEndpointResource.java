package org.crmir.webhook.api;

import static org.crmir.shared.api.Bodies.readVersion;
import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.webhook.WebhookEndpoint;
import org.crmir.webhook.WebhookEndpoints;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/webhook-endpoints} (administrators): list, read, register (the answer carries the signing secret),
 * change ({@code PUT} with the version read), delete, {@code switch-on}, {@code switch-off}, {@code secret} (a new
 * one), {@code ping}, and the endpoint's {@code deliveries}, one of which {@code resend} sends again.
 */
@Path("v1/webhook-endpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    @EJB
    WebhookEndpoints endpoints;

    @Context
    UriInfo uri;

    @Operation(summary = "List webhook endpoints")
    @GET
    public List<WebhookEndpointRepresentation> list() {
        return endpoints.all().stream().map(e -> WebhookEndpointRepresentation.of(e, false)).toList();
    }

    @Operation(summary = "Read a webhook endpoint")
    @GET
    @Path("{id:[0-9]{1,18}}")
    public WebhookEndpointRepresentation get(@PathParam("id") long id) {
        return WebhookEndpointRepresentation.of(endpoints.endpoint(id), false);
    }

    @Operation(summary = "Register a webhook endpoint")
    @APIResponse(responseCode = "201", description = "Created, switched on; the answer holds the signing secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookEndpointRepresentation.class)))
    @POST
    public Response register(WebhookEndpointRepresentation body) {
        WebhookEndpointRepresentation asked = required(body);
        WebhookEndpoint made = endpoints.register(asked.url(), asked.description(), events(asked.events()));
        return Created.here(uri, made.getId(), WebhookEndpointRepresentation.of(made, true)).build();
    }

    @Operation(summary = "Change a webhook endpoint's address, description or events")
    @PUT
    @Path("{id:[0-9]{1,18}}")
    public WebhookEndpointRepresentation change(@PathParam("id") long id, WebhookEndpointRepresentation body) {
        WebhookEndpointRepresentation asked = required(body);
        return WebhookEndpointRepresentation.of(endpoints.change(id, readVersion(asked.version()), asked.url(),
                asked.description(), events(asked.events())), false);
    }

    @Operation(summary = "Delete a webhook endpoint and its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{id:[0-9]{1,18}}")
    public Response delete(@PathParam("id") long id) {
        endpoints.delete(id);
        return Response.noContent().build();
    }

    @Operation(summary = "Switch a webhook endpoint on")
    @POST
    @Path("{id:[0-9]{1,18}}/switch-on")
    @Consumes(MediaType.WILDCARD) // no body
    public WebhookEndpointRepresentation switchOn(@PathParam("id") long id) {
        return WebhookEndpointRepresentation.of(endpoints.switchOn(id), false);
    }

    @Operation(summary = "Switch a webhook endpoint off")
    @POST
    @Path("{id:[0-9]{1,18}}/switch-off")
    @Consumes(MediaType.WILDCARD) // no body
    public WebhookEndpointRepresentation switchOff(@PathParam("id") long id) {
        return WebhookEndpointRepresentation.of(endpoints.switchOff(id), false);
    }

    @Operation(summary = "Make a webhook endpoint a new signing secret")
    @POST
    @Path("{id:[0-9]{1,18}}/secret")
    @Consumes(MediaType.WILDCARD) // no body
    public WebhookEndpointRepresentation rollSecret(@PathParam("id") long id) {
        return WebhookEndpointRepresentation.of(endpoints.rollSecret(id), true);
    }

    @Operation(summary = "Send a webhook endpoint a test event")
    @APIResponse(responseCode = "202", description = "Queued; its delivery is listed under deliveries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDeliveryRepresentation.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/ping")
    @Consumes(MediaType.WILDCARD) // no body
    public Response ping(@PathParam("id") long id) {
        return Response.accepted(WebhookDeliveryRepresentation.of(endpoints.ping(id))).build();
    }

    @Operation(summary = "List a webhook endpoint's deliveries, newest first")
    @GET
    @Path("{id:[0-9]{1,18}}/deliveries")
    public PageRepresentation<WebhookDeliveryRepresentation> deliveries(@PathParam("id") long id,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        endpoints.endpoint(id); // 404 for an endpoint that is not there
        return PageRepresentation.of(endpoints.deliveries(id, Paging.from(offset, limit, null)),
                WebhookDeliveryRepresentation::of);
    }

    @Operation(summary = "Send a delivery again now")
    @APIResponse(responseCode = "202", description = "Queued.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDeliveryRepresentation.class)))
    @POST
    @Path("deliveries/{deliveryId:[0-9]{1,18}}/resend")
    @Consumes(MediaType.WILDCARD) // no body
    public Response resend(@PathParam("deliveryId") long deliveryId) {
        return Response.accepted(WebhookDeliveryRepresentation.of(endpoints.resend(deliveryId))).build();
    }

    /** The names a request gives, each one an event type, refused with the names that exist otherwise. */
    private static Set<BusinessEventType> events(List<String> names) {
        if (names == null) {
            throw new InvalidInputException("events", "Choose at least one event to send.");
        }
        EnumSet<BusinessEventType> events = EnumSet.noneOf(BusinessEventType.class);
        for (String name : names) {
            events.add(BusinessEventType.fromWireName(name == null ? "" : name.strip()));
        }
        return events;
    }
}
