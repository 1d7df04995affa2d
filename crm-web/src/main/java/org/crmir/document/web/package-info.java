/**
 * What the quote, invoice and contract editors share: the line editor with live totals, its rows, the product
 * picker, and the edit view base (client, lines, saving a draft against its version). Imports no document feature.
 */
package org.crmir.document.web;
