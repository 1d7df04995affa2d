package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final AtomicLong nanos = new AtomicLong();
    private final FigureCache cache = new FigureCache(nanos::get);
    private final AtomicInteger reads = new AtomicInteger();

    private FigureCache.Question question(Long owner) {
        return new FigureCache.Question("receivables", List.of(new FigureScope(owner, "EUR", TODAY, TODAY, TODAY)));
    }

    private Object read(FigureCache.Question question) throws Exception {
        return cache.answer(question, Set.of(FigureSource.INVOICE), () -> reads.incrementAndGet());
    }

    /** An invoice question read while a change of {@code source} commits. */
    private Object readWhileCommitting(FigureSource source) throws Exception {
        return cache.answer(question(7L), Set.of(FigureSource.INVOICE), () -> {
            cache.moved(new FiguresMoved(source));
            return reads.incrementAndGet();
        });
    }

    private Object read(String method, Set<FigureSource> sources) throws Exception {
        return cache.answer(new FigureCache.Question(method, List.of()), sources, () -> reads.incrementAndGet());
    }

    @Test
    void aQuestionAskedAgainIsAnsweredWithoutReading() throws Exception {
        assertEquals(1, read(question(7L)));
        assertEquals(1, read(question(7L)));
        assertEquals(1, reads.get());
    }

    @Test
    void anotherScopeIsAnotherQuestion() throws Exception {
        read(question(7L));
        assertEquals(2, read(question(8L)));
        // The next day is another question: ages and "this week" count from it.
        assertEquals(3, read(new FigureCache.Question("receivables",
                List.of(new FigureScope(7L, "EUR", TODAY, TODAY, TODAY.plusDays(1))))));
    }

    @Test
    void aCommittedChangeMakesEveryQuestionOfItsSourceReadAgain() throws Exception {
        read(question(7L));
        read(question(8L));
        cache.moved(new FiguresMoved(FigureSource.INVOICE));
        assertEquals(3, read(question(7L)));
        assertEquals(4, read(question(8L)));
    }

    @Test
    void aChangeOfAnotherSourceLeavesTheAnswerKept() throws Exception {
        read(question(7L));
        for (FigureSource other : FigureSource.values()) {
            if (other != FigureSource.INVOICE) {
                cache.moved(new FiguresMoved(other));
            }
        }
        assertEquals(1, read(question(7L)));
    }

    @Test
    void anAnswerOfSeveralSourcesIsReadAgainWhenAnyOfThemMoves() throws Exception {
        Set<FigureSource> cash = Set.of(FigureSource.INVOICE, FigureSource.PAYMENT);
        assertEquals(1, read("cash", cash));
        assertEquals(2, read("quotes", Set.of(FigureSource.QUOTE)));
        cache.moved(new FiguresMoved(FigureSource.PAYMENT));
        assertEquals(3, read("cash", cash));
        assertEquals(2, read("quotes", Set.of(FigureSource.QUOTE)), "quotes did not move");
        cache.moved(new FiguresMoved(FigureSource.INVOICE));
        assertEquals(4, read("cash", cash));
        assertEquals(4, read("cash", Set.of(FigureSource.PAYMENT, FigureSource.INVOICE)), "the same sources");
    }

    @Test
    void aReadThatNamesNoSourceIsRefused() {
        // It would be kept for a minute whatever moved.
        assertThrows(IllegalArgumentException.class, () -> read("nothing", Set.of()));
    }

    @Test
    void anAnswerReadWhileAChangeCommittedIsNotKept() throws Exception {
        // The read began before the commit, so it may hold the figures from before it.
        assertEquals(1, readWhileCommitting(FigureSource.INVOICE));
        assertEquals(2, read(question(7L)));
        assertEquals(2, read(question(7L)));
    }

    @Test
    void anAnswerReadWhileAnotherSourceCommittedIsKept() throws Exception {
        assertEquals(1, readWhileCommitting(FigureSource.INTERACTION));
        assertEquals(1, read(question(7L)));
    }

    @Test
    void answersExpireForWhatMovesWithoutAnEvent() throws Exception {
        read(question(7L));
        nanos.addAndGet(FigureCache.LONGEST_KEPT.toNanos() - 1);
        assertEquals(1, read(question(7L)));
        nanos.addAndGet(1);
        assertEquals(2, read(question(7L)));
    }

    @Test
    void aRebuildForgetsEverything() throws Exception {
        read(question(7L));
        cache.forget();
        assertEquals(2, read(question(7L)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSharedListCannotBeChangedByOneOfItsReaders() throws Exception {
        Object answer = cache.answer(question(7L), Set.of(FigureSource.INVOICE), () -> new ArrayList<>(List.of("EUR")));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) answer).add("KES"));
    }

    // ---------------------------------------------------------------- one read shared

    @Test
    void aSecondReaderOfTheSameQuestionWaitsForTheFirstsRead() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = pool.submit(() -> cache.answer(question(7L), Set.of(FigureSource.INVOICE), () -> {
                reading.countDown();
                finish.await();
                return reads.incrementAndGet();
            }));
            reading.await();
            Future<Object> second = pool.submit(() -> read(question(7L)));
            Thread.sleep(100); // the second is waiting by now, not reading
            finish.countDown();
            assertEquals(1, first.get(5, TimeUnit.SECONDS));
            assertEquals(1, second.get(5, TimeUnit.SECONDS));
            assertEquals(1, reads.get(), "one read for both");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderAfterACommitDoesNotWaitForAReadBegunBeforeIt() {
        // That read may hold the figures from before the commit: the later reader reads itself, at once.
        Object outer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> cache.answer(question(7L),
                Set.of(FigureSource.INVOICE), () -> {
                    cache.moved(new FiguresMoved(FigureSource.INVOICE));
                    assertEquals(1, read(question(7L)));
                    return reads.incrementAndGet();
                }));
        assertEquals(2, outer);
    }
}
