/** The finance reports page (Finance → Reports) and the download of a run's output. */
package org.crmir.financereport.web;
