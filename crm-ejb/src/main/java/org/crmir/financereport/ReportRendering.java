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
 * told at most once a second (best effort), then stored with DONE in one commit. A run that cannot be rendered
 * (an exception, or an error such as running out of memory) is FAILED with a plain sentence and a reference, the
 * fault logged once under it; a failure to record anything at all is thrown, so that the broker redelivers.
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

    /**
     * Records the run FAILED with a plain sentence and a reference, and logs the fault once, at SEVERE, under that
     * reference: the page shows no exception's internals, and an administrator finds the cause by the reference.
     */
    private void failed(RunOrder order, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Report run " + order.runId() + " (" + order.report().title() + ") failed ["
                + reference + "]", failure);
        steps.fail(order.runId(), failureShown(reference));
    }

    /** What a failed run says to the person who ran it. */
    static String failureShown(String reference) {
        return "The report could not be made. Run it again; if it fails again, give an administrator the reference "
                + reference + ".";
    }
}
