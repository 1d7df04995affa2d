package org.crmir.communication;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/** Reads a mail from the mailbox into an {@link InboundMessage}: its plain text, addresses and threading headers. */
final class MailText {

    private static final int MAX_RAW = 1_000_000;

    private MailText() {
    }

    static InboundMessage of(Message mail, Instant now) throws MessagingException, IOException {
        String from = address(mail.getFrom());
        String to = address(mail.getRecipients(Message.RecipientType.TO));
        String threading = String.join(" ", header(mail, "In-Reply-To"), header(mail, "References"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        String everything = raw.toString(StandardCharsets.UTF_8);
        if (everything.length() > MAX_RAW) {
            everything = everything.substring(0, MAX_RAW);
        }
        String messageId = MailThreads.firstId(header(mail, "Message-ID"));
        if (messageId == null) {
            // None given: one made from what identifies the message, the same each time it is read.
            messageId = "<sha256-" + HexFormat.of().formatHex(sha256(raw.toByteArray()), 0, 16) + "@crmir.invalid>";
        }
        Instant received = mail.getReceivedDate() != null ? mail.getReceivedDate().toInstant()
                : mail.getSentDate() != null ? mail.getSentDate().toInstant() : now;
        return new InboundMessage(messageId, received, from, to, mail.getSubject(), text(mail), mail.getContentType(),
                threading, everything);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    private static String header(Message mail, String name) throws MessagingException {
        String[] values = mail.getHeader(name);
        return values == null ? "" : String.join(" ", values);
    }

    private static String address(jakarta.mail.Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        return addresses[0] instanceof InternetAddress internet ? internet.getAddress().toLowerCase(java.util.Locale.ROOT)
                : addresses[0].toString();
    }

    /** The first text/plain part; else the first HTML part without its tags; else nothing. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    String text = text(child);
                    if (text != null) {
                        return text;
                    }
                } else if (html == null && child.isMimeType("text/html")) {
                    html = text(child);
                }
            }
            return html;
        }
        if (part.isMimeType("text/html")) {
            return part.getContent().toString().replaceAll("(?s)<(script|style).*?</\\1>", "")
                    .replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ").strip();
        }
        return null;
    }
}
