/**
 * Contract services: drafting, activation with CT-YYYY-NNNN numbering, amendments, renewals and expiry,
 * recurring billing with its exactly-once guard, and the daily persistent timer that drives them.
 */
package org.crmir.contract;
