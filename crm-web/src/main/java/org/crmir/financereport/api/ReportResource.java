package org.crmir.financereport.api;

import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.crmir.financereport.FinanceReport;
import org.crmir.financereport.ReportFormat;
import org.crmir.financereport.ReportParameters;
import org.crmir.financereport.ReportRun;
import org.crmir.financereport.ReportRunFilter;
import org.crmir.financereport.ReportRunStatus;
import org.crmir.financereport.ReportRuns;
import org.crmir.financereport.api.ReportRepresentations.CatalogEntry;
import org.crmir.financereport.api.ReportRepresentations.RunRepresentation;
import org.crmir.financereport.api.ReportRepresentations.RunRequest;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/reports} (finance and administrators): the catalog; {@code POST runs} queues a run (202-like
 * 201: it renders in the background; with {@code Idempotency-Key} a retry returns the first run); {@code GET
 * runs}, {@code runs/{id}} for status, {@code runs/{id}/output} for the output once done (409 before);
 * {@code POST runs/{id}/again} runs a failed run (or one whose output was removed) again.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    ReportRuns runs;

    @Context
    UriInfo uri;

    @Operation(summary = "List the finance reports")
    @GET
    public List<CatalogEntry> catalog() {
        return runs.catalog().stream().map(CatalogEntry::of).toList();
    }

    @Operation(summary = "Run a finance report")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RunRepresentation.class)))
    @POST
    @Path("runs")
    public Response run(@HeaderParam(IdempotencyKeys.HEADER) String key, RunRequest body) {
        RunRequest r = required(body);
        if (r.report() == null || r.report().isBlank()) {
            throw new InvalidInputException("report", "is required: one of " + codes());
        }
        FinanceReport report = FinanceReport.byCode(r.report()).orElseThrow(() -> new InvalidInputException(
                "report", "is not a report of the catalog; one of " + codes()));
        ReportFormat format = ReportRepresentations.formatOf(r.format());
        if (format == null) {
            throw new InvalidInputException("format", r.format() == null ? "is required: pdf, xlsx or csv"
                    : "must be pdf, xlsx or csv");
        }
        ReportParameters parameters = new ReportParameters(r.from(), r.to(), r.currency(), r.clientId());
        ReportRun run = IdempotencyKeys.create(key, () -> runs.request(report, parameters, format, key));
        return Created.here(uri, run.getId(), representation(run)).build();
    }

    /**
     * Runs a failed run, or a done one whose output was removed, again as a new run (201, its Location); once per
     * {@code Idempotency-Key}; any other run: 409.
     */
    @Operation(summary = "Run a report again with the same settings")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RunRepresentation.class)))
    @POST
    @Path("runs/{id:[0-9]{1,18}}/again")
    @Consumes(MediaType.WILDCARD) // no body
    public Response again(@HeaderParam(IdempotencyKeys.HEADER) String key, @PathParam("id") long id) {
        ReportRun run = IdempotencyKeys.create(key, () -> runs.runAgain(id, key));
        return Created.in(uri, "v1/reports/runs", run.getId(), representation(run)).build();
    }

    @Operation(summary = "List report runs")
    @GET
    @Path("runs")
    public PageRepresentation<RunRepresentation> list(@QueryParam("report") String report,
            @QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        FinanceReport which = report == null || report.isBlank() ? null : FinanceReport.byCode(report)
                .orElseThrow(() -> new InvalidInputException("report", "is not a report of the catalog; one of "
                        + codes()));
        ReportRunFilter filter = new ReportRunFilter(which, QueryValues.oneOf("status", status,
                ReportRunStatus.class));
        PageRequest page = Paging.from(offset, limit, null);
        return PageRepresentation.of(runs.list(filter, page).stream().map(this::representation).toList(),
                runs.count(filter), page);
    }

    @Operation(summary = "Read a report run")
    @GET
    @Path("runs/{id:[0-9]{1,18}}")
    public RunRepresentation get(@PathParam("id") long id) {
        return representation(runs.find(id));
    }

    @Operation(summary = "Download a report run's output")
    @GET
    @Path("runs/{id:[0-9]{1,18}}/output")
    @Produces({"application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The report's output, in the format it was run in.", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response output(@PathParam("id") long id) {
        ReportRun run = runs.downloadable(id);
        StreamingOutput body = out -> runs.writeOutput(id, out);
        Response.ResponseBuilder ok = Response.ok(body, run.getFormat().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + run.getReport().code() + "-" + id + "."
                        + run.getFormat().extension() + "\"");
        if (run.getSizeBytes() != null) {
            ok.header("Content-Length", run.getSizeBytes());
        }
        return ok.build();
    }

    private RunRepresentation representation(ReportRun run) {
        return RunRepresentation.of(run, "/api/v1/reports/runs/" + run.getId() + "/output");
    }

    private static String codes() {
        return Arrays.stream(FinanceReport.values()).map(FinanceReport::code).collect(Collectors.joining(", "));
    }
}
