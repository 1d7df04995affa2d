/**
 * REST resources for a client's communication: {@code /api/v1/clients/{id}/interactions} and {@code /emails}.
 */
package org.crmir.communication.api;
