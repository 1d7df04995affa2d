package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.crmir.identity.ApiTokenService;
import org.crmir.support.AsViewer;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator reads the server log: refusals a client earned (401, 403) are answered as problem details and
 * leave no ERROR line and no stack trace there.
 */
@ExtendWith(ArquillianExtension.class)
class QuietRefusalsIT {

    @EJB
    TestUsers testUsers;

    @EJB
    AsViewer asViewer;

    @EJB
    ApiTokenService tokens;

    @Test
    void unauthorisedAndForbiddenCallsLeaveNoErrorInTheLog() throws Exception {
        testUsers.ensure();
        String viewerToken = asViewer.call(() -> tokens.create("quiet refusals")).secret();
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = log.toFile().length();

        List<HttpResponse<String>> refused = List.of(
                Http.send("GET", "/api/v1/clients", null, null),
                Http.send("GET", "/api/v1/clients", "no-such-token", null),
                Http.send("POST", "/api/v1/clients", viewerToken, "{\"kind\":\"COMPANY\",\"name\":\"Not allowed\"}"));
        assertEquals(List.of(401, 401, 403), refused.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> response : refused) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.body().contains("\"status\":" + response.statusCode()), response.body());
        }
        assertTrue(refused.get(0).headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        Thread.sleep(500); // the log handler writes asynchronously to the file
        String written = tail(log, before);
        assertTrue(!written.contains(" ERROR ") && !written.contains("\tat "),
                "the refusals were logged as faults:\n" + written);
    }

    private static String tail(Path file, long from) throws Exception {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] rest = new byte[(int) (in.length() - from)];
            in.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8);
        }
    }
}
