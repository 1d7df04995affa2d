/**
 * Reading and changing the company settings.
 */
package org.crmir.settings;
