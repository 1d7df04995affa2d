package org.crmir.communication;

/** Whether the client reached us or we reached the client. */
public enum Direction {
    INBOUND, OUTBOUND
}
