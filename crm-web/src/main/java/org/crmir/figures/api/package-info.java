/** {@code /api/v1/figures}: rebuilding the summary tables and checking them against their source rows. */
package org.crmir.figures.api;
