import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The failover drill of benchmark/failover, against the cluster of bin/crmir cluster: a signed-in user browsing
 * through the balancer, Stripe webhooks at a steady rate through the balancer (a refused or failed one sent again
 * each second, as Stripe retries), and the every-minute timers, while node1 is killed (kill -9), started again,
 * and then node2 is killed and started again. Prints one line of key=value figures, then the timeline.
 *
 * <p>Arguments: balancer URL, API token, admin password, webhook secret, JDBC URL, database user and password,
 * the cluster directory (with node1/pid, node1/start, ...), the rate per second, seconds between steps.
 */
public final class FailoverDrill {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final String SWEEP_RUNS =
            "SELECT COALESCE(SUM(runs), 0) FROM scheduled_jobs WHERE job = 'WebhookSweep.everyMinute'";
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]*)\"");

    private final String balancer;
    private final String token;
    private final String secret;
    private final Path cluster;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<String> timeline = new ArrayList<>();
    private final long start = System.nanoTime();

    private FailoverDrill(String balancer, String token, String secret, Path cluster) {
        this.balancer = balancer;
        this.token = token;
        this.secret = secret;
        this.cluster = cluster;
    }

    public static void main(String[] args) throws Exception {
        FailoverDrill drill = new FailoverDrill(args[0], args[1], args[3], Path.of(args[7]));
        String adminPassword = args[2];
        String jdbc = args[4];
        String dbUser = args[5];
        String dbPassword = args[6];
        int rate = Integer.parseInt(args[8]);
        int step = Integer.parseInt(args[9]);
        drill.run(adminPassword, jdbc, dbUser, dbPassword, rate, step);
    }

    private void run(String adminPassword, String jdbc, String dbUser, String dbPassword, int rate, int step)
            throws Exception {
        long client = id(api("POST", "/api/v1/clients", "{\"kind\": \"COMPANY\", \"name\": \"Failover drill\","
                + " \"currency\": \"EUR\"}", 201));
        // Each event pays 1.00 of an invoice of 1,000.00, round robin: the stream never runs out of open invoices.
        List<Long> invoices = issuedInvoices(client, rate * 10);
        note("made " + invoices.size() + " issued invoices");
        long sweepsBefore;
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            sweepsBefore = number(db, SWEEP_RUNS);
        }
        Instant timersFrom = Instant.now();

        User user = new User(adminPassword);
        user.signIn();
        Thread browsing = new Thread(user::browse, "user");
        browsing.start();
        Webhooks webhooks = new Webhooks(invoices, rate);
        webhooks.start();

        pause(step);
        for (String node : List.of("node1", "node2")) {
            kill(node);
            pause(step);
            long restarted = System.nanoTime();
            restart(node);
            note(node + " serves again after " + millis(System.nanoTime() - restarted) + " ms");
            pause(step);
        }
        webhooks.stop();
        user.stop();
        browsing.join();
        note("stream stopped: " + webhooks.sent.get() + " events sent");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (webhooks.acknowledged.size() < webhooks.sent.get() && System.nanoTime() < deadline) {
            pause(1);
        }
        long recorded = 0;
        long doubled = 0;
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            while (System.nanoTime() < deadline) {
                recorded = number(db, "SELECT COUNT(*) FROM payments WHERE client_id = " + client);
                if (recorded >= webhooks.acknowledged.size()) {
                    break;
                }
                pause(1);
            }
            note("recorded " + recorded + " payments");
            pause(5); // a second recording of any event would land by now
            recorded = number(db, "SELECT COUNT(*) FROM payments WHERE client_id = " + client);
            doubled = number(db, "SELECT COUNT(*) FROM (SELECT reference FROM payments WHERE client_id = " + client
                    + " GROUP BY reference HAVING COUNT(*) > 1) d");
            long sweeps = number(db, SWEEP_RUNS) - sweepsBefore;
            long minutes = Instant.now().getEpochSecond() / 60 - timersFrom.getEpochSecond() / 60;
            System.out.println("events=" + webhooks.sent.get() + " acknowledged=" + webhooks.acknowledged.size()
                    + " retried=" + webhooks.retried.get() + " recorded=" + recorded + " doubled=" + doubled
                    + " lost=" + Math.max(0, webhooks.acknowledged.size() - recorded)
                    + " page_loads=" + user.loads.get() + " failed_loads=" + user.failed.get()
                    + " signed_out=" + user.signedOut.get() + " longest_pause_ms=" + user.longestPause()
                    + " nodes_seen=" + String.join("+", user.nodes.keySet())
                    + " sweep_runs=" + sweeps + " minutes=" + minutes
                    + " ack_p99_ms=" + webhooks.ackP99());
        }
        timeline.forEach(System.out::println);
    }

    // ------------------------------------------------------------------ the operator's hand

    private void kill(String node) throws Exception {
        String pid = Files.readString(cluster.resolve(node).resolve("pid")).strip();
        new ProcessBuilder("kill", "-9", "--", "-" + pid).start().waitFor(10, TimeUnit.SECONDS);
        note("kill -9 " + node + " (pid " + pid + ")");
    }

    private void restart(String node) throws Exception {
        new ProcessBuilder(cluster.resolve(node).resolve("start").toString()).start().waitFor(30, TimeUnit.SECONDS);
        note("started " + node + " again");
        String port = node.equals("node1") ? "8190" : "8200";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                if (api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/crmir/login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            pause(1);
        }
        throw new IllegalStateException(node + " did not come back");
    }

    // ------------------------------------------------------------------ a signed-in user

    /** Signs in through the form, then opens a page every 250 ms until stopped, through the balancer. */
    private final class User {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NEVER).build();
        private final String password;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger loads = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger signedOut = new AtomicInteger();
        final ConcurrentHashMap<String, Boolean> nodes = new ConcurrentHashMap<>();
        private long lastLoad;
        private long longestPause;

        User(String password) {
            this.password = password;
        }

        void signIn() throws Exception {
            String form = browser.send(get("/login.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
            String body = "login=login&login%3Ausername=admin&login%3Apassword=" + enc(password)
                    + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(first(VIEW_STATE, form))
                    + "&primefaces.nonce=" + enc(first(NONCE, form));
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(balancer + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException("signing in answered " + signedIn.statusCode());
            }
            lastLoad = System.nanoTime();
        }

        void browse() {
            String[] pages = {"/dashboard.xhtml", "/clients.xhtml", "/invoices.xhtml", "/contracts.xhtml"};
            int i = 0;
            while (running.get()) {
                String page = pages[i++ % pages.length];
                try {
                    HttpResponse<String> answer = browser.send(get(page), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                            .contains("login")) {
                        signedOut.incrementAndGet();
                        note("the user was sent to sign in again");
                    } else if (answer.statusCode() == 200) {
                        loaded();
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
                cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("CRMIRSESSION"))
                        .forEach(c -> nodes.put(c.getValue().substring(c.getValue().lastIndexOf('.') + 1), true));
                sleepQuietly(250);
            }
        }

        private synchronized void loaded() {
            long now = System.nanoTime();
            if (now - lastLoad > longestPause) {
                longestPause = now - lastLoad;
            }
            lastLoad = now;
            loads.incrementAndGet();
        }

        synchronized long longestPause() {
            return millis(longestPause);
        }

        void stop() {
            running.set(false);
        }

        private HttpRequest get(String page) {
            return HttpRequest.newBuilder(URI.create(balancer + page)).timeout(Duration.ofSeconds(30)).build();
        }
    }

    // ------------------------------------------------------------------ the gateway

    /** One payment_intent.succeeded per invoice at a fixed rate; one not answered 200 is sent again each second. */
    private final class Webhooks {
        private final List<Long> invoices;
        private final int rate;
        private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        private final ExecutorService senders = Executors.newFixedThreadPool(16);
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final ConcurrentHashMap<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        private final AtomicBoolean streaming = new AtomicBoolean(true);

        Webhooks(List<Long> invoices, int rate) {
            this.invoices = invoices;
            this.rate = rate;
        }

        void start() {
            clock.scheduleAtFixedRate(() -> {
                if (streaming.get()) {
                    int i = sent.getAndIncrement();
                    senders.submit(() -> deliver(i, System.nanoTime(), 0));
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        }

        private void deliver(int i, long firstSent, int attempt) {
            String event = "evt_drill_" + i + "_" + start;
            String body = "{\"id\":\"" + event + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                    + "\"data\":{\"object\":{\"id\":\"pi_drill_" + i + "_" + start + "\",\"object\":\"payment_intent\","
                    + "\"amount\":100,\"amount_received\":100,\"currency\":\"eur\","
                    + "\"metadata\":{\"invoice_id\":\"" + invoices.get(i % invoices.size()) + "\"}}}}";
            long at = Instant.now().getEpochSecond();
            try {
                HttpResponse<Void> ack = api.send(HttpRequest.newBuilder(URI.create(balancer + "/api/webhooks/stripe"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json; charset=utf-8")
                        .header("Stripe-Signature", "t=" + at + ",v1=" + hmac(at + "." + body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ack.statusCode() == 200) {
                    acknowledged.put(i, System.nanoTime() - firstSent);
                    return;
                }
            } catch (IOException e) {
                // refused or cut off: sent again below
            } catch (InterruptedException e) {
                return;
            }
            if (attempt < 120) {
                retried.incrementAndGet();
                clock.schedule(() -> senders.submit(() -> deliver(i, firstSent, attempt + 1)), 1, TimeUnit.SECONDS);
            }
        }

        void stop() throws InterruptedException {
            streaming.set(false); // no new events; retries go on
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (acknowledged.size() < sent.get() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            clock.shutdownNow();
            senders.shutdownNow();
        }

        long ackP99() {
            List<Long> all = new ArrayList<>(acknowledged.values());
            all.sort(null);
            if (all.isEmpty()) {
                return 0;
            }
            return millis(all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)));
        }

        private String hmac(String payload) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                StringBuilder hex = new StringBuilder();
                for (byte b : mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) {
                    hex.append(String.format("%02x", b));
                }
                return hex.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------ setup and helpers

    private List<Long> issuedInvoices(long client, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> made = new ArrayList<>();
        String document = "{\"clientId\": " + client + ", \"lines\": [{\"description\": \"Drill\", \"quantity\": 1,"
                + " \"unitPrice\": 1000, \"discountPercent\": 0, \"taxRate\": 0}]}";
        for (int i = 0; i < count; i++) {
            made.add(pool.submit(() -> {
                long invoice = id(api("POST", "/api/v1/invoices", document, 201));
                api("POST", "/api/v1/invoices/" + invoice + "/issue", null, 200);
                return invoice;
            }));
        }
        List<Long> invoices = new ArrayList<>();
        for (Future<Long> f : made) {
            invoices.add(f.get());
        }
        pool.shutdown();
        return invoices;
    }

    private String api(String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(balancer + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = api.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static long number(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private synchronized void note(String what) {
        String line = String.format("%7.1f s  %s", (System.nanoTime() - start) / 1e9, what);
        timeline.add(line);
        System.err.println(line);
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void pause(int seconds) {
        sleepQuietly(seconds * 1000L);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
