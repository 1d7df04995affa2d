package org.crmir.support;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The account links CRMir mails (invitations, password resets), read from what GreenMail received. */
public final class MailLinks {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/public/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    private MailLinks() {
    }

    /** Waits up to 30 s for {@code count} mails to {@code recipient} and returns them. */
    public static List<MimeMessage> awaitMails(MailServer smtp, String recipient, int count) throws Exception {
        return Eventually.until(Duration.ofSeconds(30), () -> smtp.receivedFor(recipient), m -> m.size() >= count);
    }

    /** The absolute link in the mail. */
    public static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(String.valueOf(mail.getContent()));
        if (!link.find()) {
            throw new AssertionError("No account link in the mail:\n" + mail.getContent());
        }
        return link.group(1);
    }

    /** The path under the application root that the link opens, e.g. "/public/set-password.xhtml?token=...". */
    public static String pathOf(String link) {
        return link.substring(link.indexOf("/public/"));
    }
}
