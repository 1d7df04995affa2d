/**
 * In-app notifications: the bell's count and list. Other features add notifications.
 */
package org.crmir.notification;
