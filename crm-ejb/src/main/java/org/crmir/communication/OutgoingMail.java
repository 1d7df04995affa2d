package org.crmir.communication;

import java.io.Serializable;
import java.util.List;

/** What the dispatcher needs to build one email, read in the transaction that claims it. */
public record OutgoingMail(long id, String from, String replyTo, String to, String subject, String body,
        List<AttachmentData> attachments) implements Serializable {
}
