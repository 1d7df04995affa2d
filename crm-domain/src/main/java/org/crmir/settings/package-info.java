/**
 * Company details printed on documents, and numbering settings.
 */
package org.crmir.settings;
