package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random interleavings of reads and committed changes, per source: readers of random sets of sources, changes of
 * random sources between reads and in the middle of them (after some of a reader's sources were read, before the
 * others). Whatever the order, an answer the cache hands out without reading is what a read would give now.
 */
class FigureCachePropertyTest {

    enum Kind { READ, READ_WHILE_A_CHANGE_COMMITS, CHANGE }

    /** {@code source} changes on its own (CHANGE) or after the reader read {@code after} of its sources. */
    record Step(Kind kind, int reader, FigureSource source, int after) {
    }

    @Property(tries = 500)
    void aKeptAnswerIsNeverStale(@ForAll("readers") List<Set<FigureSource>> readers,
            @ForAll("steps") List<Step> steps) throws Exception {
        FigureCache cache = new FigureCache(() -> 0L);
        Map<FigureSource, Integer> database = new EnumMap<>(FigureSource.class);
        for (FigureSource source : FigureSource.values()) {
            database.put(source, 0);
        }
        for (Step step : steps) {
            if (step.kind() == Kind.CHANGE) {
                commit(cache, database, step.source());
                continue;
            }
            int reader = step.reader() % readers.size();
            List<FigureSource> sources = new ArrayList<>(readers.get(reader));
            boolean racing = step.kind() == Kind.READ_WHILE_A_CHANGE_COMMITS;
            int changeAfter = step.after() % sources.size();
            AtomicBoolean read = new AtomicBoolean();
            Object answer = cache.answer(new FigureCache.Question("reader" + reader, List.of()), Set.copyOf(sources),
                    () -> {
                        read.set(true);
                        List<Integer> values = new ArrayList<>();
                        for (int i = 0; i < sources.size(); i++) {
                            values.add(database.get(sources.get(i)));
                            if (racing && i == changeAfter) {
                                commit(cache, database, step.source());
                            }
                        }
                        return values;
                    });
            if (!read.get() || !racing) {
                assertEquals(truth(database, sources), answer, (read.get() ? "read " : "kept ") + "for " + sources);
            }
        }
        // And after all of it, every reader's answer, kept or read, is the database's.
        for (int reader = 0; reader < readers.size(); reader++) {
            List<FigureSource> sources = new ArrayList<>(readers.get(reader));
            assertEquals(truth(database, sources), cache.answer(new FigureCache.Question("reader" + reader,
                    List.of()), Set.copyOf(sources), () -> truth(database, sources)));
        }
    }

    /** A change committed, then its generation ended, as the observer of {@link FiguresMoved} does after commit. */
    private static void commit(FigureCache cache, Map<FigureSource, Integer> database, FigureSource source) {
        database.merge(source, 1, Integer::sum);
        cache.moved(new FiguresMoved(source));
    }

    private static List<Integer> truth(Map<FigureSource, Integer> database, List<FigureSource> sources) {
        return sources.stream().map(database::get).toList();
    }

    @Provide
    Arbitrary<List<Set<FigureSource>>> readers() {
        // Sources listed in the enum's order, as the cache's sets iterate them.
        return Arbitraries.of(FigureSource.class).set().ofMinSize(1).ofMaxSize(4)
                .map(sources -> (Set<FigureSource>) java.util.EnumSet.copyOf(sources))
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 4),
                        Arbitraries.of(FigureSource.class), Arbitraries.integers().between(0, 3))
                .as(Step::new).list().ofMaxSize(60);
    }
}
