/**
 * The communication history: interactions logged by users and outbound messages CRMir sends, with their
 * delivery status; message templates.
 */
package org.crmir.communication;
