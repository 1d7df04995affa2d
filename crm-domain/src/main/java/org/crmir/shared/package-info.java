/**
 * The few types every feature shares: paging, the domain's exceptions and persistence converters.
 */
package org.crmir.shared;
