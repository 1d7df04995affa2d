package org.crmir.client;

/** Whether a client is a company or a private person. */
public enum ClientKind {
    COMPANY, PERSON
}
