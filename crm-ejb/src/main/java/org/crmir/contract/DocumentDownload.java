package org.crmir.contract;

import java.io.Serializable;

/** A contract document with its bytes, for a download. */
public record DocumentDownload(String fileName, String contentType, byte[] content) implements Serializable {
}
