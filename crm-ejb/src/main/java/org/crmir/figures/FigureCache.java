package org.crmir.figures;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.crmir.push.FiguresMoved;

/**
 * The figures last read for each question (a read method and its arguments: scope, owner, currency, days, today),
 * kept until a committed change moves any figure. Every open dashboard re-reads after each push, so N open
 * dashboards cost one read of the summary tables per change, not N; and a dashboard opened again reads nothing.
 *
 * <p>Never stale by a race: a read remembers the generation it started in and its answer is kept only under that
 * generation; a commit that moves figures ends the generation after the commit, so an answer read before it is
 * never served after it. Answers expire after {@link #LONGEST_KEPT} as well, for what moves without a
 * {@link FiguresMoved} (a rebuild also ends the generation; rows changed by hand in the database do not).
 *
 * <p>Per server: on a cluster another node's commits end this node's generation only when its
 * {@code FiguresMoved} reaches this node (the cross-node push of issue 16).
 */
@ApplicationScoped
public class FigureCache {

    static final Duration LONGEST_KEPT = Duration.ofSeconds(60);
    /** Far more than the scopes in use (owners × currencies × periods × the read methods); a bound, not a tuning. */
    static final int MOST_ANSWERS = 4_000;

    private final AtomicLong generation = new AtomicLong();
    private final Map<Question, Answer> answers = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public FigureCache() {
        this(System::nanoTime);
    }

    FigureCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The kept answer to this question, or {@code read}'s (then kept, if no change committed meanwhile). */
    public Object answer(Question question, Callable<Object> read) throws Exception {
        long now = nanoTime.getAsLong();
        long current = generation.get();
        Answer kept = answers.get(question);
        if (kept != null && kept.generation == current && now - kept.readAt < LONGEST_KEPT.toNanos()) {
            return kept.value;
        }
        Object value = unmodifiable(read.call());
        if (generation.get() == current) {
            if (answers.size() >= MOST_ANSWERS) {
                answers.clear();
            }
            answers.put(question, new Answer(current, now, value));
        }
        return value;
    }

    /** Every kept answer dropped: figures moved in a way no change event says (a rebuild). */
    public void forget() {
        generation.incrementAndGet();
        answers.clear();
    }

    // Before the push of the same event goes out (default priority), so a page re-reading on it finds no old answer.
    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) FiguresMoved change) {
        generation.incrementAndGet();
    }

    /** Callers share answers: a list or map handed out must not be changed by one of them. */
    private static Object unmodifiable(Object value) {
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(map);
        }
        return value;
    }

    /** A read method and its arguments (records and values, compared by value). */
    public record Question(String method, List<Object> arguments) {
    }

    private record Answer(long generation, long readAt, Object value) {
    }
}
