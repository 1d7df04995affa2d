/**
 * The bridge that turns committed changes ({@link org.crmir.push.PushEvent}) into Faces websocket pushes.
 */
package org.crmir.push.web;
