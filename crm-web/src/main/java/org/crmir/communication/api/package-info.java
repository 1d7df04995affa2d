/**
 * REST resources for a client's communication: {@code /api/v1/clients/{id}/interactions} and {@code /emails};
 * and the SMS gateway's delivery reports, {@code /api/webhooks/sms/{secret}}.
 */
package org.crmir.communication.api;
