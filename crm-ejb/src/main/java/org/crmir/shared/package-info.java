/**
 * Cross-cutting service infrastructure: validation, the caller's identity, database migration at start-up.
 */
package org.crmir.shared;
