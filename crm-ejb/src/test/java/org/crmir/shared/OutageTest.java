package org.crmir.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutageTest {

    private final Logger log = Logger.getLogger("OutageTest");
    private final List<LogRecord> lines = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (log.isLoggable(record.getLevel())) {
                lines.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.setUseParentHandlers(false);
        log.setLevel(Level.INFO);
        log.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(recorder);
    }

    @Test
    void aHundredFailedAttemptsOfOneOutageAreOneWarningAndTheReturnOneLine() {
        Outage mailServer = new Outage("The mail server", "e-mails wait");
        for (int i = 0; i < 100; i++) {
            int attempt = i;
            mailServer.failed(log, () -> "Email " + attempt + " deferred", "Connection refused");
        }
        assertTrue(mailServer.isDown());
        mailServer.worked(log);
        mailServer.worked(log);

        assertEquals(2, lines.size(), "one line when it goes, one when it comes back");
        assertEquals(Level.WARNING, lines.get(0).getLevel());
        assertEquals("The mail server cannot be reached; e-mails wait: Connection refused", lines.get(0).getMessage());
        assertEquals(Level.INFO, lines.get(1).getLevel());
        assertEquals("The mail server can be reached again", lines.get(1).getMessage());
        assertFalse(mailServer.isDown());
    }

    @Test
    void aServiceThatWorksIsNeverLogged() {
        Outage gateway = new Outage("The SMS gateway", "text messages wait");
        gateway.worked(log);
        assertTrue(lines.isEmpty());
    }

    @Test
    void aSecondOutageIsLoggedAgain() {
        Outage mailbox = new Outage("The mailbox", "replies wait");
        mailbox.failed(log, () -> "Reading", "timeout");
        mailbox.worked(log);
        mailbox.failed(log, () -> "Reading", "refused");
        assertEquals(3, lines.size());
        assertEquals("The mailbox cannot be reached; replies wait: refused", lines.get(2).getMessage());
    }
}
