package org.crmir.communication;

import java.io.Serializable;

/** A file to send with a message. */
public record AttachmentData(String fileName, String contentType, byte[] content) implements Serializable {
}
