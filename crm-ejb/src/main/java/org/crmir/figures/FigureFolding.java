package org.crmir.figures;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When pending figures are folded into the summary tables: a moment after a commit that recorded some (so that a
 * burst of payments is folded in a few batches, not one transaction each), before any read of the figures on this
 * node that would miss a change committed here ({@link #catchUp}), and every few seconds by {@link FigureFoldSweep}
 * for what another node or a failed fold left. So a dashboard on this node never shows figures older than the
 * last commit it could have seen; on another node they follow within {@link #FOLD_AFTER_MILLIS} and the push that
 * the fold sends there.
 */
@ApplicationScoped
public class FigureFolding {

    private static final Logger LOG = Logger.getLogger(FigureFolding.class.getName());

    /** Long enough for a burst to share a fold, short against a dashboard's re-read after the push. */
    static final long FOLD_AFTER_MILLIS = 20;

    /**
     * Changes recorded on this node (counted before their transaction commits), those whose transaction has ended,
     * and how many of those are known to be folded. A reader that could have seen a commit's rows in the database
     * finds it counted in {@code recorded}; a fold counts as folded only what had ended before it began, so a
     * transaction committed but not yet ended when a fold began is folded again by the next reader.
     */
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong ended = new AtomicLong();
    private final AtomicLong folded = new AtomicLong();
    private final AtomicBoolean planned = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Inject
    PendingFigures pending;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The current transaction recorded changes: readers fold from now on, and a fold follows its commit. */
    void recording() {
        recorded.incrementAndGet();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                ended.incrementAndGet();
                if (status == Status.STATUS_COMMITTED && planned.compareAndSet(false, true)) {
                    scheduler.schedule(FigureFolding.this::foldPlanned, FOLD_AFTER_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        });
    }

    /** Before a read of the summary tables: every change committed on this node so far is in them. */
    public void catchUp() {
        if (recorded.get() > folded.get()) {
            foldAll();
        }
    }

    /**
     * Folds until nothing is pending that was committed before this call. One fold at a time on this node, and a
     * caller waits for the one under way to end, its {@link FiguresMoved} observers included: the row lock alone
     * would let a reader in once the fold has committed but before the kept answers it moved are dropped.
     */
    public void foldAll() {
        oneAtATime.lock();
        try {
            while (true) {
                long seen = ended.get();
                if (pending.foldBatch() < PendingFigures.BATCH_ROWS) {
                    folded.accumulateAndGet(seen, Math::max);
                    return;
                }
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * A fold no one waits for. A failure leaves the changes pending, for the next commit's fold, a reader or the
     * sweep; it is logged once until a fold succeeds again, not every few seconds while the database is away.
     */
    void foldInBackground() {
        try {
            foldAll();
            failing.set(false);
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Pending figures could not be folded; they are folded at the next try", e);
            } else {
                LOG.log(Level.FINE, "Pending figures could not be folded again", e);
            }
        }
    }

    private void foldPlanned() {
        planned.set(false);
        foldInBackground();
    }
}
