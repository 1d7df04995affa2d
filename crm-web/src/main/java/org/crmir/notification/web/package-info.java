/**
 * The notification bell and list, and the bridge that pushes committed changes to open screens.
 */
package org.crmir.notification.web;
