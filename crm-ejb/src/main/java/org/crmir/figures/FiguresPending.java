package org.crmir.figures;

/** A transaction recorded changes of summary rows ({@link PendingFigures#record}); once it commits they are folded. */
record FiguresPending() {
}
