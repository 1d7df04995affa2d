/**
 * Client and contact use cases: register, edit, archive, search, and the contacts of a client.
 */
package org.crmir.client;
