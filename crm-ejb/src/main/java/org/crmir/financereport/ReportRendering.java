package org.crmir.financereport;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.shared.BusinessClock;

/**
 * One run from claim to DONE, outside any transaction: claimed (RUNNING, committed), rendered with its rows read
 * told at most once a second, then stored with DONE in one commit. A run that cannot be rendered is FAILED with
 * why and a reference (logged once); a failure to record anything at all is thrown, so that the broker redelivers.
 */
@ApplicationScoped
public class ReportRendering {

    private static final Logger LOG = Logger.getLogger(ReportRendering.class.getName());
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    @EJB
    ReportRunSteps steps;

    @Inject
    ReportRenderer renderer;

    @Inject
    BusinessClock clock;

    /** Renders run {@code runId} unless it has finished already; false when there was nothing to do. */
    public boolean render(long runId) {
        RunOrder order = steps.claim(runId);
        if (order == null) {
            return false;
        }
        RenderedReport rendered = null;
        try {
            rendered = renderer.render(order.report(), order.parameters(), order.format(), clock.today(),
                    order.startedAt(), new ProgressTold(rows -> steps.progressed(runId, rows), PROGRESS_NANOS));
            steps.finish(runId, rendered);
            return true;
        } catch (RuntimeException failure) {
            failed(order, failure);
            return true;
        } catch (Error error) {
            // Out of memory, a stack too deep: the run is over all the same, and says so; only if even that
            // cannot be recorded does the error go on (and the broker redelivers).
            try {
                failed(order, error);
            } catch (RuntimeException | Error notRecorded) {
                error.addSuppressed(notRecorded);
                throw error;
            }
            return true;
        } finally {
            if (rendered != null) {
                try {
                    Files.deleteIfExists(rendered.file());
                } catch (IOException e) {
                    LOG.log(Level.FINE, "A report's temporary file stayed behind", e);
                }
            }
        }
    }

    private void failed(RunOrder order, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.WARNING, "Report run " + order.runId() + " (" + order.report().title() + ") failed ["
                + reference + "]", failure);
        steps.fail(order.runId(), reasonOf(failure) + " (reference " + reference + ")");
    }

    /**
     * Why, in words a person reads on the page: the message of the failure the container wrapped (an EJB's
     * system exception comes as an EJBException around it), without Java class names.
     */
    static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage()
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?", "").strip();
        return message.isEmpty() ? "An unexpected error" : message;
    }
}
