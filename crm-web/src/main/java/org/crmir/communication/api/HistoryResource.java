package org.crmir.communication.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.HistoryFilter;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;

/**
 * {@code GET /api/v1/interactions}: the communication history of all clients, newest first, paged. Filters:
 * {@code sender} and {@code recipient} (the start of the address or name), {@code channel}, {@code status},
 * {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants. {@code total} is exact up to 10,000;
 * 10,001 means "more than 10,000" (see {@link CommunicationService#count}). Roles are checked by
 * {@link CommunicationService}.
 */
@Path("v1/interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @EJB
    CommunicationService communication;

    @GET
    public PageRepresentation<InteractionRepresentation> history(@QueryParam("sender") String sender,
            @QueryParam("recipient") String recipient, @QueryParam("channel") String channel,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        HistoryFilter filter = new HistoryFilter(QueryValues.text(sender), QueryValues.text(recipient),
                QueryValues.oneOf("channel", channel, Channel.class),
                QueryValues.oneOf("status", status, DeliveryStatus.class), QueryValues.instant("from", from),
                QueryValues.instant("to", to));
        return PageRepresentation.of(communication.history(filter, Paging.from(offset, limit, null)),
                InteractionRepresentation::of);
    }
}
