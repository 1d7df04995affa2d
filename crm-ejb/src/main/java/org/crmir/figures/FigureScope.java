package org.crmir.figures;

import java.time.LocalDate;

/**
 * Which figures a dashboard or analytics view asks for.
 *
 * @param ownerId  the clients' owner (a user id), or null for everyone's clients
 * @param currency an ISO currency code, or null for all currencies
 * @param from     the first day of the period
 * @param to       the last day of the period (inclusive)
 * @param today    the day the figures are read on (overdue, aging and "this month" count from it)
 */
public record FigureScope(Long ownerId, String currency, LocalDate from, LocalDate to, LocalDate today) {
}
