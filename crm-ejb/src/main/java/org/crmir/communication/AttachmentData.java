package org.crmir.communication;

/** A file to send with a message. */
public record AttachmentData(String fileName, String contentType, byte[] content) {
}
