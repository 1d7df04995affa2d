/**
 * Figures: summary tables that the dashboard and analytics read instead of scanning invoices, payments and the
 * rest. Each {@link org.crmir.figures.Summary} says in one SQL select what its source rows contribute; the
 * services call {@link org.crmir.figures.Figures} around every change of a source row, in the same
 * transaction; {@link org.crmir.figures.FigureBook} rebuilds the tables from the source rows and checks that
 * they agree. Imports no feature: features depend on it.
 */
package org.crmir.figures;
