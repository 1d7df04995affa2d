package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.crmir.support.Http;

/**
 * Records for the API tests to aim at, made through the API itself: a client, a product, a quote, a draft and an
 * issued invoice, a payment and a contract. They are made in the server (a token needs the token service) and
 * handed to the test JVM, on the same machine, in a file.
 */
final class RecordsToAimAt {

    private RecordsToAimAt() {
    }

    /** The records' ids by name: client, product, quote, invoice, issued, payment, contract. */
    static Properties make(String token) {
        Properties ids = new Properties();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long client = create(token, "/api/v1/clients", "{\"name\":\"Fuzz " + tag + "\",\"currency\":\"EUR\"}");
        ids.setProperty("client", Long.toString(client));
        ids.setProperty("product", Long.toString(create(token, "/api/v1/products", "{\"sku\":\"FZ-" + tag
                + "\",\"name\":\"Fuzz\",\"kind\":\"SERVICE\",\"unit\":\"h\",\"unitPrice\":10,\"currency\":\"EUR\"}")));
        String line = "{\"description\":\"Work\",\"quantity\":1,\"unitPrice\":100}";
        ids.setProperty("quote", Long.toString(create(token, "/api/v1/quotes", "{\"clientId\":" + client
                + ",\"lines\":[" + line + "]}")));
        ids.setProperty("invoice", Long.toString(create(token, "/api/v1/invoices", "{\"clientId\":" + client
                + ",\"lines\":[" + line + "]}")));
        long issued = create(token, "/api/v1/invoices", "{\"clientId\":" + client + ",\"lines\":[" + line + "]}");
        assertEquals(200, Http.send("POST", "/api/v1/invoices/" + issued + "/issue", token, null).statusCode());
        ids.setProperty("issued", Long.toString(issued));
        ids.setProperty("payment", Long.toString(create(token, "/api/v1/payments", "{\"clientId\":" + client
                + ",\"amount\":50,\"currency\":\"EUR\",\"method\":\"CASH\",\"allocate\":false}")));
        ids.setProperty("contract", Long.toString(create(token, "/api/v1/contracts", "{\"clientId\":" + client
                + ",\"title\":\"Fuzz support\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\","
                + "\"value\":1200}")));
        return ids;
    }

    /** Writes the token and the ids for the client side. */
    static void handOff(Path file, String token, Properties ids) {
        ids.setProperty("token", token);
        try (var out = Files.newBufferedWriter(file)) {
            ids.store(out, "records for the API tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #handOff} wrote. */
    static Properties received(Path file) {
        assertTrue(Files.exists(file), "the in-server preparation did not run: " + file);
        Properties ids = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            ids.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** POSTs {@code body} and answers the id of what it made (201). */
    static long create(String token, String path, String body) {
        HttpResponse<String> created = Http.send("POST", path, token, body);
        assertEquals(201, created.statusCode(), path + ": " + created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }
}
