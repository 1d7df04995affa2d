package org.crmir.communication;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.shared.Outage;

/**
 * Reads CRMir's mailbox (IMAP, the {@code crmir-inbox} mail session) every {@code CRMIR_INBOX_POLL} (1 minute) when
 * {@code CRMIR_IMAP_USER} is set: each unread mail is filed by {@link InboundMailbox} and then marked read. A mail
 * filed but not yet marked (a crash in between) is read again and recognised by its Message-ID, so nothing is
 * logged twice; on a cluster every node reads it, and a mail two nodes file at once is kept once (its unique
 * Message-ID). An unreachable mailbox is logged once when it goes and once when it comes back.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxReader {

    private static final Logger LOG = Logger.getLogger(InboxReader.class.getName());

    @Resource(lookup = "java:jboss/mail/CrmInbox")
    Session inbox;

    @Resource
    TimerService timers;

    @EJB
    InboundMailbox mailbox;

    private final Outage mailboxOutage = new Outage("The mailbox", "replies wait there until it can be read");

    @PostConstruct
    void schedule() {
        String user = System.getenv("CRMIR_IMAP_USER");
        if (user == null || user.isBlank()) {
            return;
        }
        Duration every = Duration.parse(System.getenv().getOrDefault("CRMIR_INBOX_POLL", "PT1M"));
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("mailbox", false));
    }

    @Timeout
    void poll() {
        try (Store store = inbox.getStore("imap")) {
            store.connect();
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            try {
                for (Message mail : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    try {
                        mailbox.take(MailText.of(mail, Instant.now()));
                    } catch (RuntimeException e) {
                        if (!filedByAnotherNode(e)) {
                            throw e;
                        }
                        // On a cluster every node reads the mailbox: the other node filed this mail a moment ago.
                        LOG.fine("A mail was filed by another node at the same moment");
                    }
                    mail.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
            mailboxOutage.worked(LOG);
        } catch (MessagingException | IOException unreachable) {
            mailboxOutage.failed(LOG, () -> "Reading the mailbox", String.valueOf(unreachable));
        } catch (RuntimeException fault) {
            String correlationId = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Reading the mailbox failed [" + correlationId + "]", fault);
        }
    }

    /** The mail's Message-ID is already filed: its unique key refused this node's copy. */
    private static boolean filedByAnotherNode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
