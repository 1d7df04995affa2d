/**
 * The client list, a client's page with its contacts, and the client form.
 */
package org.crmir.client.web;
