/**
 * The notification bell and list.
 */
package org.crmir.notification.web;
