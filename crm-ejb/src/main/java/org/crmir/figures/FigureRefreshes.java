package org.crmir.figures;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.push.PushedElsewhere;

/**
 * When the answers users asked for lately are read again: after a committed change of their sources, by one
 * {@link FigureRefresher} at a time, which goes round again while changes keep coming (a burst costs a few rounds
 * a second, not one per change).
 */
@ApplicationScoped
public class FigureRefreshes {

    private static final Logger LOG = Logger.getLogger(FigureRefreshes.class.getName());

    @EJB
    FigureRefresher refresher;

    private final AtomicBoolean running = new AtomicBoolean();
    /** A change committed since the running round began. */
    private volatile boolean moved;

    // After the cache's generations moved (priority 100), before the pages are pushed (default priority): the
    // refresh has begun when an open dashboard asks again.
    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(200) FiguresMoved change) {
        soon();
    }

    void movedElsewhere(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(200) PushedElsewhere change) {
        if (FiguresMoved.movedBy(change) != null) {
            soon();
        }
    }

    private void soon() {
        moved = true;
        if (running.compareAndSet(false, true)) {
            try {
                refresher.refresh();
            } catch (RuntimeException e) { // stopping: the figures are read when asked
                running.set(false);
                LOG.log(Level.FINE, "Figures not refreshed ahead", e);
            }
        }
    }

    /** A round begins: the changes so far are the ones it reads after. */
    void roundBegins() {
        moved = false;
    }

    /** Whether the refresher goes round again: a change committed during the round; else it stops. */
    boolean again() {
        if (moved) {
            return true;
        }
        running.set(false);
        // A change that came between the check and the stop would otherwise wait for the next one.
        return moved && running.compareAndSet(false, true);
    }

    /** The refresher stopped before its work was done: the next change starts one again. */
    void stopped() {
        running.set(false);
    }
}
