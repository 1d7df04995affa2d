package org.crmir.document;

/** A rendered document: its file name and bytes. */
public record RenderedPdf(String fileName, byte[] content) {
}
