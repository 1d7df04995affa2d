/**
 * The REST API's common parts: its root, RFC 9457 problem details, and the mapping of failures to them.
 */
package org.crmir.shared.api;
