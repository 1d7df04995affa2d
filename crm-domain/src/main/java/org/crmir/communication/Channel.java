package org.crmir.communication;

/** How an interaction happened. Only EMAIL is sent by CRMir itself; the others are logged by users. */
public enum Channel {
    CALL, MEETING, NOTE, EMAIL, SMS
}
