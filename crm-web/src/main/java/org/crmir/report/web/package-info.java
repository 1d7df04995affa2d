/**
 * Serving document PDFs to signed-in users, for preview in the browser or download.
 */
package org.crmir.report.web;
