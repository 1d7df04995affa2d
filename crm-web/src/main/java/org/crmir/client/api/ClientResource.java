package org.crmir.client.api;

import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Locale;
import org.crmir.client.Client;
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientService;
import org.crmir.client.ClientStatus;
import org.crmir.client.Contact;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/clients}: list (paged, filtered, sorted), read, create, update, archive and reactivate clients,
 * and manage their contacts. Roles are checked by {@link ClientService}.
 */
@Path("v1/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @EJB
    ClientService clients;

    @Context
    UriInfo uri;

    /** {@code ?q=} matches the start of name, email or phone; {@code status=ACTIVE|ARCHIVED|ALL}. */
    @Operation(summary = "List clients")
    @GET
    public PageRepresentation<ClientRepresentation> list(@QueryParam("q") String text,
            @QueryParam("status") String status, @QueryParam("segment") String segment,
            @QueryParam("tag") String tag, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        ClientFilter filter = new ClientFilter(text, status(status), segment, tag, null);
        return PageRepresentation.of(clients.search(filter, Paging.from(offset, limit, sort)),
                ClientRepresentation::of);
    }

    @Operation(summary = "Read a client")
    @GET
    @Path("{id:[0-9]+}")
    public ClientRepresentation get(@PathParam("id") long id) {
        return ClientRepresentation.of(clients.find(id));
    }

    /** Creates a client; with an {@code Idempotency-Key} header, a retry returns the first result. */
    @Operation(summary = "Create a client")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientRepresentation.class)))
    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, ClientRepresentation body) {
        Client draft = required(body).toClient();
        Client created = IdempotencyKeys.create(key, () -> clients.create(draft, body.owner(), key));
        return Created.here(uri, created.getId(), ClientRepresentation.of(clients.find(created.getId())))
                .build();
    }

    @Operation(summary = "Change a client")
    @PUT
    @Path("{id:[0-9]+}")
    public ClientRepresentation update(@PathParam("id") long id, ClientRepresentation body) {
        clients.update(id, required(body).requiredVersion(), body.toClient(), body.owner());
        return ClientRepresentation.of(clients.find(id));
    }

    @Operation(summary = "Archive a client")
    @POST
    @Path("{id:[0-9]+}/archive")
    public ClientRepresentation archive(@PathParam("id") long id) {
        clients.archive(id);
        return ClientRepresentation.of(clients.find(id));
    }

    @Operation(summary = "Reactivate an archived client")
    @POST
    @Path("{id:[0-9]+}/reactivate")
    public ClientRepresentation reactivate(@PathParam("id") long id) {
        clients.reactivate(id);
        return ClientRepresentation.of(clients.find(id));
    }

    @Operation(summary = "List a client's contacts")
    @GET
    @Path("{id:[0-9]+}/contacts")
    public PageRepresentation<ContactRepresentation> contacts(@PathParam("id") long id,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return PageRepresentation.of(clients.contactsOf(id, Paging.from(offset, limit, null)),
                ContactRepresentation::of);
    }

    @Operation(summary = "Read a contact")
    @GET
    @Path("{id:[0-9]+}/contacts/{contactId:[0-9]+}")
    public ContactRepresentation contact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        return ContactRepresentation.of(clients.findContact(id, contactId));
    }

    @Operation(summary = "Add a contact to a client")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/contacts")
    public Response addContact(@HeaderParam(IdempotencyKeys.HEADER) String key, @PathParam("id") long id,
            ContactRepresentation body) {
        Contact draft = required(body).toContact();
        Contact created = IdempotencyKeys.create(key, () -> clients.addContact(id, draft, key));
        return Created.here(uri, created.getId(), ContactRepresentation.of(created)).build();
    }

    @Operation(summary = "Change a contact")
    @PUT
    @Path("{id:[0-9]+}/contacts/{contactId:[0-9]+}")
    public ContactRepresentation updateContact(@PathParam("id") long id, @PathParam("contactId") long contactId,
            ContactRepresentation body) {
        return ContactRepresentation.of(clients.updateContact(id, contactId, required(body).requiredVersion(),
                body.toContact()));
    }

    @Operation(summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{id:[0-9]+}/contacts/{contactId:[0-9]+}")
    public Response removeContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        clients.removeContact(id, contactId);
        return Response.noContent().build();
    }

    private static ClientStatus status(String status) {
        if (status == null || status.isBlank()) {
            return ClientStatus.ACTIVE;
        }
        if ("ALL".equalsIgnoreCase(status.strip())) {
            return null;
        }
        try {
            return ClientStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be ACTIVE, ARCHIVED or ALL");
        }
    }
}
