/**
 * The quote list, editor and page, and the public page where a client accepts or declines a quote.
 */
package org.crmir.quote.web;
