/**
 * What quotes, invoices and contracts share, whatever their feature: creating and editing drafts with one client
 * check, one version check and one audit entry ({@link org.crmir.document.Drafting}); public links
 * ({@link org.crmir.document.PublicLinks} mints the tokens and reads {@code CRMIR_PUBLIC_URL}, a
 * {@link org.crmir.document.PublicPage} finds a document by its token); and sending a document's PDF to the client
 * ({@link org.crmir.document.DocumentSender}). Quotes, invoices, contracts and payments use this package; it knows
 * none of them.
 */
package org.crmir.document;
