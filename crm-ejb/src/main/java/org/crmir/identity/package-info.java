/**
 * Accounts, password and token checks for sign-in, user administration, personal API tokens.
 */
package org.crmir.identity;
