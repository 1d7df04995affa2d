/**
 * Invoice use cases: drafts, issuing with gapless numbers, voiding, credit notes, the overdue timer, lists.
 */
package org.crmir.invoice;
