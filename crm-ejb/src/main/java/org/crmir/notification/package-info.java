/**
 * In-app notifications and the relay that pushes committed changes to the screens.
 */
package org.crmir.notification;
