/**
 * Sign-in for the web UI and the REST API (Jakarta Security), the users page, each user's profile and tokens.
 */
package org.crmir.identity.web;
