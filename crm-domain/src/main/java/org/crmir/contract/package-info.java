/**
 * Contracts: terms agreed with a client for a period, with important dates, a notice period, automatic renewal,
 * and recurring billing from catalog lines. The period arithmetic and the lifecycle are pure rules here; the
 * services in crm-ejb load, call them and store.
 */
package org.crmir.contract;
