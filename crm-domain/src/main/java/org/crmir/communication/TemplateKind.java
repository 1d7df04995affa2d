package org.crmir.communication;

/** The kinds of message CRMir sends from a template. */
public enum TemplateKind {
    DOCUMENT_SENT, REMINDER, RECEIPT
}
