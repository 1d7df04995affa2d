/** Contract screens: the list, the editor, a contract's page and the calendar of important dates. */
package org.crmir.contract.web;
