/**
 * Logging interactions, composing and queueing outbound email, the dispatcher that sends it through the mail
 * session, templates, and the timeline and history queries.
 */
package org.crmir.communication;
