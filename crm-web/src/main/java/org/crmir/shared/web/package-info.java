/**
 * What every view shares: messages, paged table models, error handling, security headers, the signed-in user.
 */
package org.crmir.shared.web;
