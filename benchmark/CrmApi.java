import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CRMir's REST API as the cluster benchmarks use it to set up their data, with an administrator's token. */
final class CrmApi {

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    CrmApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A new company client in euros with a billing e-mail (receipts go to the benchmark's mail sink); its id. */
    long client(String name) {
        String email = "billing@" + name.toLowerCase().replace(' ', '-') + ".example";
        return id(call("POST", "/api/v1/clients", "{\"kind\": \"COMPANY\", \"name\": \"" + name + "\","
                + " \"email\": \"" + email + "\", \"currency\": \"EUR\"}", 201));
    }

    /** Issued invoices of 1,000.00 of this client: a stream paying 1.00 each never runs out of open invoices. */
    List<Long> issuedInvoices(long client, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> made = new ArrayList<>();
        String document = "{\"clientId\": " + client + ", \"lines\": [{\"description\": \"Benchmark\", \"quantity\": 1,"
                + " \"unitPrice\": 1000, \"discountPercent\": 0, \"taxRate\": 0}]}";
        for (int i = 0; i < count; i++) {
            made.add(pool.submit(() -> {
                long invoice = id(call("POST", "/api/v1/invoices", document, 201));
                call("POST", "/api/v1/invoices/" + invoice + "/issue", null, 200);
                return invoice;
            }));
        }
        List<Long> invoices = new ArrayList<>();
        try {
            for (Future<Long> f : made) {
                invoices.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return invoices;
    }

    /** A call answered with the expected status, or an IllegalStateException saying what came instead. */
    String call(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    /** The "id" of a JSON answer. */
    static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** The first column of the first row, as a number. */
    static long number(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
