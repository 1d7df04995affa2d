package org.crmir.figures;

import java.util.List;
import java.util.function.Predicate;

/** Rows about to change, with what they contributed before: {@link #apply()} once they have changed. */
public final class FigureChange {

    private final Figures figures;
    private final FigureSource source;
    private final String where;
    private final List<Object> parameters;
    private final Contributions before;
    private final Predicate<Summary> which;

    FigureChange(Figures figures, FigureSource source, String where, List<Object> parameters, Contributions before) {
        this(figures, source, Figures.ALL, where, parameters, before);
    }

    FigureChange(Figures figures, FigureSource source, Predicate<Summary> which, String where, List<Object> parameters,
            Contributions before) {
        this.figures = figures;
        this.source = source;
        this.which = which;
        this.where = where;
        this.parameters = parameters;
        this.before = before;
    }

    /** Flushes the change and adds its difference to the summary tables. */
    public void apply() {
        figures.apply(this);
    }

    FigureSource source() {
        return source;
    }

    /** The source's summaries this change can move (all, or those a payment can move). */
    Predicate<Summary> which() {
        return which;
    }

    String where() {
        return where;
    }

    List<Object> parameters() {
        return parameters;
    }

    Contributions before() {
        return before;
    }
}
