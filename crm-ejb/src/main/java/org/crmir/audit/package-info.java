/**
 * Writing audit events inside the changing transaction, and reading a record's history.
 */
package org.crmir.audit;
