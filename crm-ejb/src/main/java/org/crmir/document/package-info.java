/**
 * What quotes, invoices and contracts share on the service side: creating and editing their drafts with one
 * client check, one version check and one audit entry. Feature-neutral: the document features import it, it
 * imports none of them.
 */
package org.crmir.document;
