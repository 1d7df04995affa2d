package org.crmir.figures.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.crmir.figures.FigureBook;
import org.crmir.figures.FigureDifference;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/figures}: the summary tables behind the dashboard, for administrators. {@code GET check} compares
 * them with their source rows; {@code POST rebuild} rebuilds them from the source rows (run it while quiet).
 */
@Path("v1/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @EJB
    FigureBook book;

    /** {@code {"agree": true, "differences": []}}, or the rows that differ (at most 100). */
    @Operation(summary = "Check the summary tables against their source rows")
    @GET
    @Path("check")
    public CheckResult check() {
        List<FigureDifference> differences = book.check();
        return new CheckResult(differences.isEmpty(), differences);
    }

    /** {@code {"rebuilt": {"fig_receivables": 1234, ...}}}: each table and its row count. */
    @Operation(summary = "Rebuild the summary tables from their source rows")
    @POST
    @Path("rebuild")
    public RebuildResult rebuild() {
        return new RebuildResult(book.rebuild());
    }

    /** What the check found. */
    public record CheckResult(boolean agree, List<FigureDifference> differences) {
    }

    /** The tables rebuilt and their rows. */
    public record RebuildResult(Map<String, Integer> rebuilt) {
    }
}
