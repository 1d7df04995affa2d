/**
 * CSV imports of clients, contacts and products: each row read and checked against the same rules the screens use
 * (and against what already exists, for duplicates), a preview, then the import itself in chunks of rows, each in
 * its own transaction through the features' services, so that audit, figures and webhooks see imported records as
 * they see typed ones.
 */
package org.crmir.importing;
