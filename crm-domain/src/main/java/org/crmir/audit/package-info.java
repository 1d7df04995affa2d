/**
 * The audit trail: who changed which record, when, and each changed field's value before and after.
 */
package org.crmir.audit;
