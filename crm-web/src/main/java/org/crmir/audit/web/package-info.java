/**
 * The audit trail pages: a record's history and the recent changes of everyone, for administrators.
 */
package org.crmir.audit.web;
