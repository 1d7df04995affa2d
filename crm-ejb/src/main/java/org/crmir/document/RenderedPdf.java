package org.crmir.document;

import java.io.Serializable;

/** A rendered document: its file name and bytes. */
public record RenderedPdf(String fileName, byte[] content) implements Serializable {
}
