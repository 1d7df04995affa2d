/**
 * A client's timeline with its log and compose dialogs, the communication history page, the templates page.
 */
package org.crmir.communication.web;
