package org.crmir.communication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How CRMir recognises its own messages in the mail that comes back: each e-mail it sends carries the Message-ID
 * {@code <crmir-<interaction id>@<sender's domain>>} (the same on every attempt), and a reply names it in
 * In-Reply-To or References, as a bounce does in the returned headers.
 */
public final class MailThreads {

    private static final Pattern OURS = Pattern.compile("<crmir-(\\d{1,19})@[^>\\s]+>");
    private static final Pattern ANY_ID = Pattern.compile("<[^<>\\s]{1,250}>");

    private MailThreads() {
    }

    /** The Message-ID of the e-mail of interaction {@code id} sent from {@code from}. */
    public static String messageId(long id, String from) {
        int at = from == null ? -1 : from.indexOf('@');
        return "<crmir-" + id + "@" + (at < 0 ? "crmir" : from.substring(at + 1)) + ">";
    }

    /**
     * The interactions {@code headers} (In-Reply-To, References or a returned message's headers) refer to, the most
     * recent reference first: the one replied to directly.
     */
    public static List<Long> referencedInteractions(String... headers) {
        List<Long> ids = new ArrayList<>();
        for (String header : headers) {
            if (header == null) {
                continue;
            }
            Matcher ours = OURS.matcher(header);
            List<Long> inThis = new ArrayList<>();
            while (ours.find()) {
                try {
                    inThis.add(Long.parseLong(ours.group(1)));
                } catch (NumberFormatException beyondLong) {
                    // not an id CRMir can have minted
                }
            }
            for (int i = inThis.size() - 1; i >= 0; i--) {
                if (!ids.contains(inThis.get(i))) {
                    ids.add(inThis.get(i));
                }
            }
        }
        return ids;
    }

    /** The first message id in a header, such as a message's own Message-ID; null when none is well formed. */
    public static String firstId(String header) {
        if (header == null) {
            return null;
        }
        Matcher id = ANY_ID.matcher(header);
        return id.find() ? id.group() : null;
    }

    /**
     * Whether a message is a bounce: a delivery status report (RFC 3464), or mail from the mailer daemon or
     * postmaster, which is how servers that write no report send one back.
     */
    public static boolean isBounce(String contentType, String from) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report") && type.contains("delivery-status")) {
            return true;
        }
        String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
        return sender.contains("mailer-daemon@") || sender.contains("postmaster@");
    }
}
