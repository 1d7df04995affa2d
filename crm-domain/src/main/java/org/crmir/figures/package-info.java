/** Figures: the rules the dashboard and analytics count by (ages of receivables, periods). */
package org.crmir.figures;
