/**
 * Outbound webhooks: endpoints an administrator registers, the events they receive, each delivery and its
 * attempts, and the rules they follow (what an event is called, how a delivery is signed, when it is tried again,
 * which addresses may receive one).
 */
package org.crmir.webhook;
