/**
 * REST resources for clients and their contacts: {@code /api/v1/clients}.
 */
package org.crmir.client.api;
