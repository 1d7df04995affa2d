/**
 * Demo data for a first look at CRMir: loaded on an empty database when {@code CRMIR_DEMO_DATA=true}.
 */
package org.crmir.demo;
