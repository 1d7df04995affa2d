package org.crmir.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on the port the test server's mail session uses ({@code CRMIR_SMTP_PORT},
 * 3025 in the tests). It can be stopped and started to play an outage.
 */
public final class MailServer {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("CRMIR_SMTP_PORT", "3025"));

    private GreenMail greenMail;

    public synchronized MailServer start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public MimeMessage[] received() {
        return greenMail == null ? new MimeMessage[0] : greenMail.getReceivedMessages();
    }

    /** Messages received for one recipient, so that tests sharing the server do not see each other's. */
    public java.util.List<MimeMessage> receivedFor(String recipient) throws Exception {
        java.util.List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage message : received()) {
            if (message.getAllRecipients() != null && message.getAllRecipients().length > 0
                    && message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                mine.add(message);
            }
        }
        return mine;
    }
}
