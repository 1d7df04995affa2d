/**
 * Quote use cases: drafts, sending with a number, a PDF and a public link, the client's answer, conversion into an
 * invoice, and the expiry timer.
 */
package org.crmir.quote;
