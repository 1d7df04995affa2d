/** The dashboard and analytics pages: their scope (whose figures, which currency, which days) and fragments. */
package org.crmir.figures.web;
