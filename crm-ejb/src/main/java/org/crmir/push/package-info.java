/**
 * Live updates: features fire {@link org.crmir.push.PushEvent}s, and {@link org.crmir.push.PushRelay} hands
 * the committed ones to the web module's push channels. Imports no feature.
 */
package org.crmir.push;
