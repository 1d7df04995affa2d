package org.crmir.communication;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs Jakarta Mail work with a context class loader that remembers what it found. Jakarta Mail 2.1 looks its
 * stream provider up again for every message, body part and encoder, through the thread's context class loader
 * (fixed upstream only in 2.2), and each lookup searched every jar of the EAR for the provider's service file: 6 %
 * of WildFly's CPU on the webhook path, where each payment mails a receipt (docs/PERFORMANCE-webhooks.md). The
 * deployment's jars do not change while it runs, so the first answer to each search is kept; classes still come
 * from the deployment's loader, so the mail library sees just what it saw before.
 */
final class MailLookups {

    /** Mail work that may fail as mail does. */
    interface MailWork {
        void run() throws MessagingException;
    }

    private static volatile Remembering remembering;

    private MailLookups() {
    }

    static void run(MailWork work) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(rememberingFor(own));
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    private static Remembering rememberingFor(ClassLoader deployment) {
        Remembering loader = remembering;
        if (loader == null || loader.getParent() != deployment) {
            loader = new Remembering(deployment);
            remembering = loader;
        }
        return loader;
    }

    /** The deployment's loader, with each resource search answered once. */
    private static final class Remembering extends ClassLoader {

        static {
            // Else every class load through it would take one lock, shared by all the mail sessions.
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> found = new ConcurrentHashMap<>();

        Remembering(ClassLoader deployment) {
            super(deployment);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> urls = found.get(name);
            if (urls == null) {
                urls = List.copyOf(Collections.list(getParent().getResources(name)));
                found.put(name, urls);
            }
            return Collections.enumeration(urls);
        }
    }
}
