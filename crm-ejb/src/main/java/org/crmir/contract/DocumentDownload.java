package org.crmir.contract;

/** A contract document with its bytes, for a download. */
public record DocumentDownload(String fileName, String contentType, byte[] content) {
}
