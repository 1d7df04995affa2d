/**
 * In-app notifications: what a user should know about (a message failed, a payment arrived), with a link.
 */
package org.crmir.notification;
