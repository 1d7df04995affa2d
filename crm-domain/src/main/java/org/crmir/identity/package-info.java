/**
 * Users, their roles, passwords and personal API tokens.
 */
package org.crmir.identity;
