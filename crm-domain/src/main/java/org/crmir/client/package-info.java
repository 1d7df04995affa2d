/**
 * Clients (companies and persons) and their contacts: the records every quote, invoice and interaction hangs on.
 */
package org.crmir.client;
