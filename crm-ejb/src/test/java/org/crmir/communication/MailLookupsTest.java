package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MailLookupsTest {

    /** A deployment's loader that counts its resource searches. */
    static final class CountingLoader extends ClassLoader {
        final AtomicInteger searches = new AtomicInteger();

        CountingLoader() {
            super(MailLookupsTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            searches.incrementAndGet();
            return super.getResources(name);
        }
    }

    @Test
    void eachResourceIsSearchedForOnceAndAnswersTheSame() throws Exception {
        CountingLoader deployment = new CountingLoader();
        List<List<URL>> answers = new java.util.ArrayList<>();
        withContextLoader(deployment, () -> {
            for (int i = 0; i < 3; i++) {
                MailLookups.run(() -> answers.add(search("META-INF/MANIFEST.MF")));
            }
        });
        assertEquals(1, deployment.searches.get());
        assertEquals(Collections.list(deployment.getParent().getResources("META-INF/MANIFEST.MF")), answers.get(0));
        assertEquals(answers.get(0), answers.get(2));
    }

    @Test
    void classesStillComeFromTheDeploymentAndItsLoaderComesBackEvenAfterAFailure() throws Exception {
        CountingLoader deployment = new CountingLoader();
        withContextLoader(deployment, () -> {
            MailLookups.run(() -> {
                ClassLoader during = Thread.currentThread().getContextClassLoader();
                assertNotSame(deployment, during);
                assertSame(deployment, during.getParent());
                try {
                    assertSame(MailLookupsTest.class, Class.forName(MailLookupsTest.class.getName(), false, during));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            });
            assertThrows(MessagingException.class, () -> MailLookups.run(() -> {
                throw new MessagingException("refused");
            }));
            assertSame(deployment, Thread.currentThread().getContextClassLoader());
        });
    }

    private static List<URL> search(String name) {
        try {
            return Collections.list(Thread.currentThread().getContextClassLoader().getResources(name));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static void withContextLoader(ClassLoader loader, Work work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(own);
        }
    }
}
