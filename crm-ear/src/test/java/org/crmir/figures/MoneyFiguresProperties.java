package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random sequences of issues, payments, refunds, voids and credit notes leave every summary table equal to a
 * recomputation from the source rows. Runs in the server, launched by {@link MoneyFiguresPropertyIT} through the
 * JUnit Platform Launcher, with the services it hands over in {@link #services}.
 */
class MoneyFiguresProperties {

    static volatile MoneySequences.Services services;

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED, maxDiscardRatio = 1)
    void theSummaryTablesAgreeWithTheirSourceRowsAfterAnySequence(
            @ForAll("sequences") List<MoneySequences.Step> steps) throws Exception {
        MoneySequences sequence = new MoneySequences(services);
        for (MoneySequences.Step step : steps) {
            sequence.apply(step);
        }
        assertEquals(List.of(), sequence.differences(), "after " + steps);
    }

    @Provide
    Arbitrary<List<MoneySequences.Step>> sequences() {
        Arbitrary<MoneySequences.Step> step = Combinators.combine(
                Arbitraries.of(MoneySequences.Kind.class),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(1, 60_000)).as(MoneySequences.Step::new);
        // Issuing and paying come first often enough that the other steps find something to act on.
        Arbitrary<MoneySequences.Step> opening = Combinators.combine(
                Arbitraries.of(MoneySequences.Kind.ISSUE, MoneySequences.Kind.PAY_AND_ALLOCATE),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 60_000))
                .as(MoneySequences.Step::new);
        return Combinators.combine(opening.list().ofMinSize(1).ofMaxSize(3), step.list().ofMaxSize(12))
                .as((first, rest) -> {
                    List<MoneySequences.Step> all = new java.util.ArrayList<>(first);
                    all.addAll(rest);
                    return all;
                });
    }
}
