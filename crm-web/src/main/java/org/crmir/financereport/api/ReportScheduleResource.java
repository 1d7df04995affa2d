package org.crmir.financereport.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmir.financereport.ReportDelivery;
import org.crmir.financereport.ReportRun;
import org.crmir.financereport.ReportRunFilter;
import org.crmir.financereport.ReportRuns;
import org.crmir.financereport.ReportSchedule;
import org.crmir.financereport.ReportSchedules;
import org.crmir.financereport.ScheduleFilter;
import org.crmir.financereport.api.ScheduleRepresentations.DeliveryRepresentation;
import org.crmir.financereport.api.ScheduleRepresentations.ScheduleRepresentation;
import org.crmir.financereport.api.ScheduleRepresentations.ScheduleRequest;
import org.crmir.financereport.api.ScheduleRepresentations.ScheduledRunRepresentation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/report-schedules} (finance and administrators): list ({@code q} a part of the name, {@code
 * status} active or paused; paged), get, create ({@code Idempotency-Key}: a retry returns the first schedule),
 * change ({@code PUT} with the version read), {@code pause}, {@code resume}, delete (the runs it made stay), and
 * {@code runs}: the runs a schedule made, newest first, each with the e-mails its firing sent.
 */
@Path("v1/report-schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportScheduleResource {

    @EJB
    ReportSchedules schedules;

    @EJB
    ReportRuns runs;

    @Context
    UriInfo uri;

    @Operation(summary = "List report schedules")
    @GET
    public PageRepresentation<ScheduleRepresentation> list(@QueryParam("q") String text,
            @QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        ScheduleFilter filter = new ScheduleFilter(text, activeOf(status));
        PageRequest page = Paging.from(offset, limit, null);
        return PageRepresentation.of(schedules.list(filter, page).stream().map(ScheduleRepresentation::of).toList(),
                schedules.count(filter), page);
    }

    @Operation(summary = "Read a report schedule")
    @GET
    @Path("{id:[0-9]{1,18}}")
    public ScheduleRepresentation get(@PathParam("id") long id) {
        return ScheduleRepresentation.of(schedules.find(id));
    }

    @Operation(summary = "Schedule a report")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScheduleRepresentation.class)))
    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, ScheduleRequest body) {
        var draft = required(body).draft();
        ReportSchedule made = IdempotencyKeys.create(key, () -> schedules.create(draft, key));
        return Created.here(uri, made.getId(), ScheduleRepresentation.of(made)).build();
    }

    @Operation(summary = "Change a report schedule")
    @PUT
    @Path("{id:[0-9]{1,18}}")
    public ScheduleRepresentation update(@PathParam("id") long id, ScheduleRequest body) {
        return ScheduleRepresentation.of(schedules.update(id, required(body).draft(), body.version()));
    }

    @Operation(summary = "Pause a report schedule")
    @POST
    @Path("{id:[0-9]{1,18}}/pause")
    @Consumes(MediaType.WILDCARD) // no body
    public ScheduleRepresentation pause(@PathParam("id") long id) {
        return ScheduleRepresentation.of(schedules.pause(id));
    }

    @Operation(summary = "Resume a paused report schedule")
    @POST
    @Path("{id:[0-9]{1,18}}/resume")
    @Consumes(MediaType.WILDCARD) // no body
    public ScheduleRepresentation resume(@PathParam("id") long id) {
        return ScheduleRepresentation.of(schedules.resume(id));
    }

    @Operation(summary = "Delete a report schedule")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{id:[0-9]{1,18}}")
    public Response delete(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    @Operation(summary = "List a schedule's runs")
    @GET
    @Path("{id:[0-9]{1,18}}/runs")
    public PageRepresentation<ScheduledRunRepresentation> runs(@PathParam("id") long id,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        schedules.find(id); // 404 for a schedule that is not there
        ReportRunFilter filter = new ReportRunFilter(null, null, id);
        PageRequest page = Paging.from(offset, limit, null);
        List<ReportRun> listed = runs.list(filter, page);
        Map<Long, List<ReportDelivery>> mails = schedules.deliveriesOf(listed.stream().map(ReportRun::getFiringId)
                .filter(Objects::nonNull).toList());
        return PageRepresentation.of(listed.stream().map(run -> scheduledRun(run, mails)).toList(),
                runs.count(filter), page);
    }

    private static ScheduledRunRepresentation scheduledRun(ReportRun run, Map<Long, List<ReportDelivery>> mails) {
        return new ScheduledRunRepresentation(ReportRepresentations.RunRepresentation.of(run,
                "/api/v1/reports/runs/" + run.getId() + "/output"), run.getFiringId() == null ? List.of()
                : mails.getOrDefault(run.getFiringId(), List.of()).stream().map(DeliveryRepresentation::of).toList());
    }

    private static Boolean activeOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "active" -> Boolean.TRUE;
            case "paused" -> Boolean.FALSE;
            default -> throw new InvalidInputException("status", "must be active or paused");
        };
    }
}
