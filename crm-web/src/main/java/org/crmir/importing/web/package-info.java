/** The import page: upload a CSV file, map its columns, preview each row's fate, import with a progress bar. */
package org.crmir.importing.web;
