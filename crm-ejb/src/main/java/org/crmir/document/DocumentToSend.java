package org.crmir.document;

import java.io.Serializable;
import java.util.Map;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.TemplateKind;

/**
 * A document on its way to a client: to whom, the message (an e-mail template with the values of its
 * placeholders, or a letter already written), the PDF attached, and the document the message concerns in the
 * client's history. Make one with {@link #fromTemplate} or {@link #written}.
 */
public record DocumentToSend(Recipient to, TemplateKind template, String title, Map<String, String> values,
        String subject, String body, RenderedPdf pdf, RelatedDocument relatedType, Long relatedId)
        implements Serializable {

    /**
     * The template's message; the sender adds {@code contactName}, {@code clientName}, {@code companyName} and
     * {@code documentTitle} (the {@code title}) to the feature's own {@code values}.
     */
    public static DocumentToSend fromTemplate(Recipient to, TemplateKind template, String title,
            Map<String, String> values, RenderedPdf pdf, RelatedDocument relatedType, Long relatedId) {
        return new DocumentToSend(to, template, title, Map.copyOf(values), null, null, pdf, relatedType, relatedId);
    }

    /** A message the feature wrote itself. */
    public static DocumentToSend written(Recipient to, String subject, String body, RenderedPdf pdf,
            RelatedDocument relatedType, Long relatedId) {
        return new DocumentToSend(to, null, subject, Map.of(), subject, body, pdf, relatedType, relatedId);
    }
}
