package org.crmir.communication.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.Direction;
import org.crmir.communication.HistoryFilter;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/v1/interactions}: the communication history of all clients, newest first, paged. Filters:
 * {@code sender} and {@code recipient} (the start of the address or name), {@code channel}, {@code status},
 * {@code direction} (inbound, outbound), {@code owner} (the client's owner: {@code me} or a user id), {@code from}
 * (inclusive) and {@code to} (exclusive) as ISO-8601 instants, or as days (2026-01-31: from that day's start, to
 * the end of that day, in UTC, as the history page's URL gives them). {@code total} is exact up to 10,000;
 * 10,001 means "more than 10,000" (see {@link CommunicationService#count}). Roles are checked by
 * {@link CommunicationService}.
 */
@Path("v1/interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @EJB
    CommunicationService communication;

    @Operation(summary = "Search the communication history")
    @GET
    public PageRepresentation<InteractionRepresentation> history(@QueryParam("sender") String sender,
            @QueryParam("recipient") String recipient, @QueryParam("channel") String channel,
            @QueryParam("status") String status, @QueryParam("direction") String direction,
            @QueryParam("owner") String owner, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        HistoryFilter filter = new HistoryFilter(QueryValues.text(sender), QueryValues.text(recipient),
                QueryValues.oneOf("channel", channel, Channel.class),
                QueryValues.oneOf("status", status, DeliveryStatus.class), start("from", from), end("to", to),
                QueryValues.oneOf("direction", direction, Direction.class), QueryValues.owner("owner", owner));
        return PageRepresentation.of(communication.history(filter, Paging.from(offset, limit, null)),
                InteractionRepresentation::of);
    }

    /** An instant, or a day's start. */
    private static Instant start(String name, String value) {
        return isDay(value) ? QueryValues.date(name, value).atStartOfDay().toInstant(ZoneOffset.UTC)
                : QueryValues.instant(name, value);
    }

    /** An instant, or the end of a day (the next day's start, exclusive). */
    private static Instant end(String name, String value) {
        return isDay(value) ? QueryValues.date(name, value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                : QueryValues.instant(name, value);
    }

    private static boolean isDay(String value) {
        return value != null && value.strip().length() == 10 && value.strip().indexOf('T') < 0;
    }
}
