/**
 * The company settings page: the details documents print, and the invoice series. Administrators only.
 */
package org.crmir.settings.web;
