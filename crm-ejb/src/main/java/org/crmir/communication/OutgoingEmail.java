package org.crmir.communication;

import java.io.Serializable;
import java.util.List;

/** An email a user composes (or another feature sends), to one recipient, with optional attachments. */
public record OutgoingEmail(long clientId, Long contactId, String to, String subject, String body,
        List<AttachmentData> attachments, RelatedDocument relatedType, Long relatedId) implements Serializable {

    public OutgoingEmail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
