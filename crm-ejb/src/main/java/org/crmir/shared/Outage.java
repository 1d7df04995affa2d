package org.crmir.shared;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * An outside service that can be down for a while (the mail server, the SMS gateway, the mailbox): its log says
 * once that it went down and once that it came back, whatever number of attempts fail between. Each failed
 * attempt stays on record where the user looks (the item's own status); the log is for the operator, to whom a
 * hundred deferred e-mails of one outage are one fact.
 */
public final class Outage {

    private final String service;
    private final String meanwhile;
    private final AtomicBoolean down = new AtomicBoolean();

    /**
     * @param service what is down, as the operator calls it ("The mail server")
     * @param meanwhile what happens to the work while it is ("e-mails wait and are retried")
     */
    public Outage(String service, String meanwhile) {
        this.service = service;
        this.meanwhile = meanwhile;
    }

    /** An attempt failed with {@code error}: the first failure since the service last worked is logged. */
    public void failed(Logger log, Supplier<String> attempt, String error) {
        if (down.compareAndSet(false, true)) {
            log.warning(service + " cannot be reached; " + meanwhile + ": " + error);
        } else {
            log.fine(() -> attempt.get() + ": " + error);
        }
    }

    /** An attempt worked: the first success after an outage is logged. */
    public void worked(Logger log) {
        if (down.compareAndSet(true, false)) {
            log.info(service + " can be reached again");
        }
    }

    /** Whether the last attempt failed. */
    public boolean isDown() {
        return down.get();
    }
}
