package org.crmir.figures;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import org.crmir.push.PushedElsewhere;

/**
 * The figures last read for each question (a read method and its arguments: scope, owner, currency, days, today),
 * kept until a committed change moves a figure of a source the answer reads. Every open dashboard re-reads after
 * each push, so N open dashboards cost one read of the summary tables per change, not N; a dashboard opened again
 * reads nothing; and an interaction logged leaves the receivables, sales and catalog answers as they are.
 *
 * <p>Each {@link FigureSource} has its own generation, which a commit that moves its figures ends. An answer
 * remembers the generations of its sources as they were when its read started, and is kept only while all of
 * them last: so an answer read before a commit of one of its sources is never served after that commit. Answers
 * expire after {@link #LONGEST_KEPT} as well, for what moves without a {@link FiguresMoved} (a rebuild ends every
 * generation; rows changed by hand in the database and renamed clients or products do not).
 *
 * <p>On a cluster another node's commits end this node's generations when that node's push reaches this one
 * ({@link PushedElsewhere}, within milliseconds; answers expire after a minute in any case).
 *
 * <p>Two readers of one question at the same generations share one read: the second waits for the first's answer.
 * Every open dashboard re-reads on the same push, so without it N dashboards would read the same figures N times
 * at once, each before any other has kept its answer.
 */
@ApplicationScoped
public class FigureCache {

    static final Duration LONGEST_KEPT = Duration.ofSeconds(60);
    /** Far more than the scopes in use (owners × currencies × periods × the read methods); a bound, not a tuning. */
    static final int MOST_ANSWERS = 4_000;

    /** How long a reader waits for another's read of the same question before it reads itself. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final AtomicLongArray generations = new AtomicLongArray(FigureSource.values().length);
    private final Map<Question, Answer> answers = new ConcurrentHashMap<>();
    private final Map<Question, Reading> readings = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public FigureCache() {
        this(System::nanoTime);
    }

    FigureCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * The kept answer to this question, or {@code read}'s, which is then kept if no change of {@code sources}
     * committed meanwhile. {@code sources}: every source whose figures the answer is read from.
     */
    public Object answer(Question question, Set<FigureSource> reads, Callable<Object> read) throws Exception {
        if (reads.isEmpty()) {
            throw new IllegalArgumentException(question.method() + " names no source: it would be kept until it expires");
        }
        EnumSet<FigureSource> sources = EnumSet.copyOf(reads); // iterated in one order, that of the enum
        long now = nanoTime.getAsLong();
        long[] current = generationsOf(sources);
        Answer kept = answers.get(question);
        if (kept != null && kept.sources.equals(sources) && Arrays.equals(kept.generations, current)
                && now - kept.readAt < LONGEST_KEPT.toNanos()) {
            return kept.value;
        }
        Reading mine = new Reading(sources, current, new CompletableFuture<>());
        Reading running = readings.compute(question, (q, other) -> other != null && other.sources.equals(sources)
                && Arrays.equals(other.generations, current) ? other : mine);
        if (running != mine) {
            try {
                return running.value.get(LONGEST_WAIT.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof Exception e ? e : new IllegalStateException(failed.getCause());
            } catch (TimeoutException slow) {
                // read it here instead
            }
        }
        Object value;
        try {
            value = unmodifiable(read.call());
            mine.value.complete(value);
        } catch (Exception | Error e) {
            mine.value.completeExceptionally(e);
            throw e;
        } finally {
            readings.remove(question, mine);
        }
        if (Arrays.equals(generationsOf(sources), current)) {
            if (answers.size() >= MOST_ANSWERS) {
                answers.clear();
            }
            answers.put(question, new Answer(sources, current, now, value));
        }
        return value;
    }

    /** Every kept answer dropped: figures moved in a way no change event says (a rebuild). */
    public void forget() {
        for (int i = 0; i < generations.length(); i++) {
            generations.incrementAndGet(i);
        }
        answers.clear();
    }

    // Before the push of the same event goes out (default priority), so a page re-reading on it finds no old answer.
    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) FiguresMoved change) {
        generations.incrementAndGet(change.source().ordinal());
    }

    /** The same for a change committed on another node of the cluster, which that node pushed here. */
    void movedElsewhere(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) PushedElsewhere change) {
        FigureSource source = FiguresMoved.movedBy(change);
        if (source != null) {
            generations.incrementAndGet(source.ordinal());
        }
    }

    private long[] generationsOf(EnumSet<FigureSource> sources) {
        long[] of = new long[sources.size()];
        int i = 0;
        for (FigureSource source : sources) {
            of[i++] = generations.get(source.ordinal());
        }
        return of;
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
    public record Question(String method, List<Object> arguments) implements Serializable {
    }

    private record Answer(EnumSet<FigureSource> sources, long[] generations, long readAt, Object value) {
    }

    /** A read under way: readers of the same question at the same generations wait for its value. */
    private record Reading(EnumSet<FigureSource> sources, long[] generations, CompletableFuture<Object> value) {
    }
}
