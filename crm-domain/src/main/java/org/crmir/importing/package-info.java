/**
 * Bringing clients, contacts and products in from a spreadsheet: reading the CSV file, the fields each kind of
 * import fills and how the file's columns map onto them, how numbers written in any locale are read, and the record
 * of each import run with the rows it could not take.
 */
package org.crmir.importing;
