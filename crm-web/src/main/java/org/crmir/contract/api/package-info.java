/** {@code /api/v1/contracts}: contracts over REST, with the same rules as the screens. */
package org.crmir.contract.api;
