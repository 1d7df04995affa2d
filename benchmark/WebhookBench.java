import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * benchmark/webhooks' client: signed Stripe webhooks at a fixed rate against CRMir on loopback, and the
 * latencies from each acknowledgement to the payment being recorded (the event's processed_at, in the same
 * transaction as the payment) and to the Faces websocket push that tells open pages.
 *
 * <pre>
 *   java -cp .:connector-j.jar WebhookBench &lt;app-url&gt; &lt;api-token&gt; &lt;admin-password&gt; &lt;webhook-secret&gt;
 *        &lt;jdbc-url&gt; &lt;db-user&gt; &lt;db-password&gt; &lt;rate/s&gt; &lt;seconds&gt; &lt;warm-up events&gt; &lt;out-dir&gt;
 *        &lt;smtp-port&gt; &lt;clients&gt;
 * </pre>
 *
 * Every clock reading is the machine's wall clock in microseconds (the server's Instant.now() for processed_at,
 * this JVM's calibrated one for sends, acknowledgements and pushes): client and server share the machine.
 */
public class WebhookBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Pushes that came in more than one part (counted once each all the same): what the old count missed. */
    private static final AtomicInteger SPLIT_PUSHES = new AtomicInteger();
    /** MariaDB's DATETIME(6) as text. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    private static final long BASE_MICROS;
    private static final long BASE_NANOS;

    static {
        Instant now = Instant.now();
        BASE_NANOS = System.nanoTime();
        BASE_MICROS = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    static long wallMicros() {
        return BASE_MICROS + (System.nanoTime() - BASE_NANOS) / 1000;
    }

    public static void main(String[] a) throws Exception {
        String app = a[0], token = a[1], adminPassword = a[2], secret = a[3], jdbc = a[4], dbUser = a[5],
                dbPassword = a[6];
        CrmApi api = new CrmApi(app, token);
        int rate = Integer.parseInt(a[7]), seconds = Integer.parseInt(a[8]), warmup = Integer.parseInt(a[9]);
        java.nio.file.Path out = java.nio.file.Path.of(a[10]);
        // Every payment emails a receipt: a mail server that takes them, so that sending costs what it costs.
        AtomicInteger mails = smtpSink(Integer.parseInt(a[11]));
        int measured = rate * seconds;
        int total = warmup + measured;
        String run = Long.toString(System.currentTimeMillis(), 36);

        // 1. CLIENTS clients, one issued invoice per event, round robin over the clients (eight callers; not
        //    measured). Payments of one client queue on its row, so one client alone would measure that queue.
        int clientCount = Integer.parseInt(a[12]);
        long[] clients = new long[clientCount];
        for (int c = 0; c < clientCount; c++) {
            clients[c] = CrmApi.id(api.call("POST", "/api/v1/clients", "{\"kind\":\"COMPANY\",\"name\":\"Webhook Bench "
                    + run + " " + c + "\",\"email\":\"billing@bench-" + run + "-" + c + ".example\","
                    + "\"currency\":\"EUR\","
                    + "\"paymentTermsDays\":14,\"billingAddress\":{\"city\":\"Berlin\",\"country\":\"DE\"}}", 201));
        }
        long clientId = clients[0];
        long[] invoices = new long[total];
        long[] cents = new long[total];
        ExecutorService setup = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> made = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            made.add(CompletableFuture.runAsync(() -> {
                for (int i; (i = next.getAndIncrement()) < total; ) {
                    String price = (100 + i % 50) + ".00";
                    long draft = CrmApi.id(api.call("POST", "/api/v1/invoices",
                            "{\"clientId\":" + clients[i % clientCount]
                            + ",\"lines\":[{\"description\":\"Bench " + i + "\",\"quantity\":1,\"unit\":\"pc\","
                            + "\"unitPrice\":" + price + ",\"discountPercent\":0,\"taxRate\":0}]}", 201));
                    api.call("POST", "/api/v1/invoices/" + draft + "/issue", null, 200);
                    invoices[i] = draft;
                    cents[i] = (100 + i % 50) * 100L;
                }
            }, setup));
        }
        CompletableFuture.allOf(made.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        setup.shutdown();
        System.err.printf(Locale.ROOT, "webhooks: %d invoices issued for %d clients%n", total, clientCount);

        // 2. A signed-in page's websocket on the "documents" channel, as an open invoice or client page has it.
        ConcurrentLinkedQueue<Long> pushes = new ConcurrentLinkedQueue<>();
        WebSocket socket = subscribe(app, adminPassword, clientId, pushes);
        // The server keeps an idle socket open by pinging it (PushKeepAlive), and this client answers with a pong
        // as a browser does, so the benchmark sends no pings of its own. Diagnosis: -Dbench.pingSeconds=15 does.
        AtomicInteger pings = new AtomicInteger();
        long pingSeconds = Long.getLong("bench.pingSeconds", 0);
        java.util.concurrent.ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        if (pingSeconds > 0) {
            pinger.scheduleAtFixedRate(() -> {
                if (!socket.isOutputClosed()) {
                    socket.sendPing(java.nio.ByteBuffer.allocate(0));
                    pings.incrementAndGet();
                }
            }, pingSeconds, pingSeconds, TimeUnit.SECONDS);
        }
        long idle = Long.getLong("bench.idleSeconds", 0); // diagnosis: how long an idle page keeps its socket
        if (idle > 0) {
            System.err.printf(Locale.ROOT, "webhooks: idle for %d s with the websocket open%n", idle);
            Thread.sleep(idle * 1000);
        }

        // 3. The events at a fixed rate: the warm-up, then the measured ones; senders never hold up the schedule.
        long[] sent = new long[total];
        long[] acked = new long[total];
        int[] status = new int[total];
        ExecutorService senders = Executors.newFixedThreadPool(64);
        long periodNanos = 1_000_000_000L / rate;
        // The warm-up at the same rate, then a pause until the server has worked it off: the measured events
        // meet a warm server and an empty queue, not the backlog of a cold start.
        send(senders, 0, warmup, periodNanos, run, app, secret, invoices, cents, sent, acked, status);
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            long drained = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while ((processedCount(db, run) < warmup || pushes.size() < 2 * warmup) && System.nanoTime() < drained) {
                Thread.sleep(500);
            }
        }
        Thread.sleep(2000);
        System.err.printf(Locale.ROOT, "webhooks: warm-up of %d processed; measuring%n", warmup);
        // The script reads the server's CPU (and, if asked, profiles it) between these two marks.
        java.nio.file.Files.writeString(out.resolve("phase"), "measuring\n");
        // The server's database connections, sampled every 100 ms while the measured events run: how many of
        // the pool's connections were open and how many ran a statement at once (what the pool size is set from).
        int[] connections = new int[2];
        Map<String, Integer> busyOn = new java.util.concurrent.ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> sampleConnections(jdbc, dbUser, dbPassword, connections, busyOn),
                "connections");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        send(senders, warmup, total, periodNanos, run, app, secret, invoices, cents, sent, acked, status);
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long accepted = Arrays.stream(status).filter(s -> s == 200).count();
        System.err.printf(Locale.ROOT, "webhooks: %d measured sent in %.1f s, %d of %d acknowledged%n", measured,
                sendSeconds, accepted, total);

        // 4. Until every event is processed, both pushes of each arrived (recorded, receipt ready) and every receipt
        //    was mailed (at most two minutes).
        Map<String, long[]> events = new HashMap<>();
        long payments = 0, distinctReferences = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            // A light count once a second (the unique index on gateway and event id answers it), so that the
            // waiting costs the server next to nothing; the rows are read once, at the end. It also waits for a
            // push later than the last payment recorded: once the count (two a payment) was reached with the last
            // 22 payments not yet pushed, and the socket closed; waiting tells a late push from a lost one.
            while (processedCount(db, run) < total || pushes.size() < 2 * total || mails.get() < total
                    || pushes.stream().mapToLong(Long::longValue).max().orElse(0) < lastProcessed(db, run)) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(1000);
            }
            java.nio.file.Files.writeString(out.resolve("phase"), "measured\n");
            Thread.sleep(2000); // anything doubled would show up now
            events = processed(db, run);
            try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT reference) FROM payments"
                    + " WHERE reference LIKE ?")) {
                q.setString(1, "stripe pi_bench_" + run + "_%");
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    payments = rs.getLong(1);
                    distinctReferences = rs.getLong(2);
                }
            }
        }
        sampler.interrupt();
        sampler.join(1000);
        pinger.shutdownNow();
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
        }

        // 5. Latencies of the measured events. A push carries no data ("look again": the page re-reads all it
        //    shows), so a payment is pushed by the first push that arrives after it was recorded.
        Long[] pushTimes = pushes.toArray(Long[]::new);
        Arrays.sort(pushTimes);
        Map<Integer, Long> pushedAt = new HashMap<>();
        for (long[] e : events.values()) {
            int at = Arrays.binarySearch(pushTimes, e[1]);
            int first = at >= 0 ? at : -at - 1;
            if (first < pushTimes.length) {
                pushedAt.put((int) e[2], pushTimes[first]);
            }
        }
        List<Double> ack = new ArrayList<>(), ackToRecorded = new ArrayList<>(), storedToRecorded = new ArrayList<>(),
                ackToPushed = new ArrayList<>(), sentToPushed = new ArrayList<>();
        StringBuilder rows = new StringBuilder("event sent_us ack_us received_us processed_us pushed_us\n");
        for (int i = warmup; i < total; i++) {
            long[] e = events.get("evt_bench_" + run + "_" + i);
            if (e == null || status[i] != 200) {
                continue;
            }
            ack.add((acked[i] - sent[i]) / 1000.0);
            ackToRecorded.add((e[1] - acked[i]) / 1000.0);
            storedToRecorded.add((e[1] - e[0]) / 1000.0);
            Long pushed = pushedAt.get(i);
            if (pushed != null) {
                ackToPushed.add((pushed - acked[i]) / 1000.0);
                sentToPushed.add((pushed - sent[i]) / 1000.0);
            }
            rows.append(i).append(' ').append(sent[i]).append(' ').append(acked[i]).append(' ').append(e[0])
                    .append(' ').append(e[1]).append(' ').append(pushed == null ? "-" : pushed).append('\n');
        }
        java.nio.file.Files.writeString(out.resolve("webhook-latencies.txt"), rows);
        StringBuilder busy = new StringBuilder("samples (every 100 ms) of the statements busy connections ran\n");
        busyOn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> busy.append(e.getValue()).append('\t').append(e.getKey()).append('\n'));
        java.nio.file.Files.writeString(out.resolve("busy-connections.txt"), busy);
        long processedCount = events.values().stream().filter(e -> e[3] == 1).count();
        System.out.printf(Locale.ROOT, "rate=%d seconds=%d warmup=%d events=%d send_seconds=%.1f acknowledged=%d"
                        + " stored=%d processed=%d payments=%d distinct_references=%d pushes=%d receipts_mailed=%d"
                + " client_pings=%d split_pushes=%d db_connections_open_max=%d db_connections_busy_max=%d%n", rate,
                seconds, warmup, total, sendSeconds, accepted,
                events.size(), processedCount, payments, distinctReferences, pushTimes.length, mails.get(), pings.get(),
                SPLIT_PUSHES.get(), connections[0], connections[1]);
        print("ack", ack);
        print("ack_to_recorded", ackToRecorded);
        print("stored_to_recorded", storedToRecorded);
        print("ack_to_pushed", ackToPushed);
        print("sent_to_pushed", sentToPushed);
        System.exit(0);
    }

    /**
     * A mail server that accepts every message and keeps none: just enough SMTP (greeting, EHLO, MAIL, RCPT,
     * DATA up to the lone dot, QUIT) for Jakarta Mail, on loopback.
     */
    private static AtomicInteger smtpSink(int port) throws java.io.IOException {
        AtomicInteger messages = new AtomicInteger();
        java.net.ServerSocket server = new java.net.ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    java.net.Socket client = server.accept();
                    Thread conversation = new Thread(() -> converse(client, messages), "smtp-sink-client");
                    conversation.setDaemon(true);
                    conversation.start();
                } catch (java.io.IOException e) {
                    return;
                }
            }
        }, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
        return messages;
    }

    private static void converse(java.net.Socket client, AtomicInteger messages) {
        try (client; var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII)); var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
                client.getOutputStream(), StandardCharsets.US_ASCII), true)) {
            out.print("220 sink ready\r\n");
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                if (command.equals("DATA")) {
                    out.print("354 go on\r\n");
                    out.flush();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message body is read and dropped
                    }
                    messages.incrementAndGet();
                    out.print("250 queued\r\n");
                } else if (command.equals("QUIT")) {
                    out.print("221 bye\r\n");
                    out.flush();
                    return;
                } else if (command.equals("EHLO")) {
                    out.print("250 sink\r\n");
                } else {
                    out.print("250 ok\r\n");
                }
                out.flush();
            }
        } catch (java.io.IOException e) {
            // the client went away
        }
    }

    /** Events [from, to) at one every periodNanos from now; each sent by a pool thread, so none waits on another. */
    private static void send(ExecutorService senders, int from, int to, long periodNanos, String run, String app,
            String secret, long[] invoices, long[] cents, long[] sent, long[] acked, int[] status)
            throws InterruptedException {
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            long wait = start + (i - from) * periodNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int k = i;
            senders.execute(() -> {
                String body = event(run, k, invoices[k], cents[k]);
                sent[k] = wallMicros();
                status[k] = deliver(app, secret, body);
                acked[k] = wallMicros();
            });
        }
    }

    private static int processedCount(Connection db, String run) throws Exception {
        return Integer.parseInt(ofRun(db, run, "COUNT(*)", " AND processed_at IS NOT NULL"));
    }

    /** When the last event of the run was processed, µs (0 before any). */
    private static long lastProcessed(Connection db, String run) throws Exception {
        String last = ofRun(db, run, "MAX(processed_at)", "");
        return last == null ? 0 : micros(LocalDateTime.parse(last, TIMESTAMP));
    }

    /** One figure ({@code aggregate}) of the run's events, as text. */
    private static String ofRun(Connection db, String run, String aggregate, String condition) throws Exception {
        try (PreparedStatement q = db.prepareStatement("SELECT " + aggregate + " FROM gateway_events"
                + " WHERE gateway = 'stripe' AND event_id LIKE ?" + condition)) {
            q.setString(1, "evt_bench_" + run + "_%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** event id → {received_at µs, processed_at µs, index, 1 when PROCESSED}. */
    private static Map<String, long[]> processed(Connection db, String run) throws Exception {
        Map<String, long[]> events = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT event_id, received_at, processed_at, status"
                + " FROM gateway_events WHERE gateway = 'stripe' AND event_id LIKE ? AND processed_at IS NOT NULL")) {
            q.setString(1, "evt_bench_" + run + "_%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    events.put(id, new long[] {micros(LocalDateTime.parse(rs.getString(2), TIMESTAMP)),
                            micros(LocalDateTime.parse(rs.getString(3), TIMESTAMP)),
                            Long.parseLong(id.substring(id.lastIndexOf('_') + 1)),
                            "PROCESSED".equals(rs.getString(4)) ? 1 : 0});
                }
            }
        }
        return events;
    }

    private static long micros(LocalDateTime utc) {
        Instant t = utc.toInstant(ZoneOffset.UTC);
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    /**
     * Until interrupted: the most connections of the benchmark database's users other than this one's sampler
     * that were open ({@code open[0]}) and that ran a statement ({@code open[1]}) at one moment; and, in
     * {@code running}, how often each statement was seen running (its first words): what the server's busy
     * connections spend their time on, a row lock's wait included (the benchmark's user may not read InnoDB's
     * lock tables, which need the PROCESS privilege).
     */
    private static void sampleConnections(String jdbc, String user, String password, int[] most,
            Map<String, Integer> running) {
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement q = db.prepareStatement("SELECT COUNT(*), COALESCE(SUM(COMMAND <> 'Sleep'), 0)"
                        + " FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()");
                PreparedStatement statements = db.prepareStatement("SELECT LEFT(REGEXP_REPLACE(INFO, '\\\\s+', ' '), 60)"
                        + " FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"
                        + " AND COMMAND <> 'Sleep' AND INFO IS NOT NULL")) {
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    most[0] = Math.max(most[0], rs.getInt(1));
                    most[1] = Math.max(most[1], rs.getInt(2));
                }
                try (ResultSet rs = statements.executeQuery()) {
                    while (rs.next()) {
                        running.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.sql.SQLException e) {
            System.err.println("webhooks: could not sample the database connections: " + e);
        }
    }

    private static void print(String name, List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            System.out.printf(Locale.ROOT, "%s n=0%n", name);
            return;
        }
        System.out.printf(Locale.ROOT, "%s n=%d p50=%.1f p90=%.1f p95=%.1f p99=%.1f max=%.1f%n", name,
                v.length, rank(v, 0.50), rank(v, 0.90), rank(v, 0.95), rank(v, 0.99), v[v.length - 1]);
    }

    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String event(String run, int i, long invoiceId, long cents) {
        return StripeEvent.succeeded("bench_" + run + "_" + i, invoiceId, cents);
    }

    private static int deliver(String app, String secret, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/webhooks/stripe"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Stripe-Signature", StripeEvent.signature(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Signs in through the login form, opens the client page and connects to its "documents" websocket. */
    private static WebSocket subscribe(String app, String password, long clientId, ConcurrentLinkedQueue<Long> pushes)
            throws Exception {
        String login = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&login%3Ausername=admin&login%3Apassword=" + URLEncoder.encode(password,
                StandardCharsets.UTF_8) + "&login%3AsignIn=Sign+in&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState(login), StandardCharsets.UTF_8);
        HTTP.send(HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/client.xhtml?id=" + clientId)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher init = Pattern.compile("faces\\.push\\.init\\('[^']*','([^']*)','documents'").matcher(page);
        if (!init.find()) {
            throw new IllegalStateException("no documents websocket on the client page (signed in?)");
        }
        String url = init.group(1);
        URI base = URI.create(app);
        if (url.startsWith("/")) {
            url = "ws://" + base.getHost() + ":" + base.getPort() + url;
        }
        // the session cookie (CRMIRSESSION) of the signed-in user, as the browser would send it
        String cookies = ((CookieManager) HTTP.cookieHandler().orElseThrow()).getCookieStore().get(base).stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
        if (cookies.isEmpty()) {
            throw new IllegalStateException("no session cookie after signing in");
        }
        CompletableFuture<WebSocket> opened = HTTP.newWebSocketBuilder().header("Cookie", cookies)
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                        System.err.printf(Locale.ROOT, "webhooks: the websocket was closed by the server after %d"
                                + " pushes: %d %s%n", pushes.size(), status, reason);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        System.err.println("webhooks: websocket error after " + pushes.size() + " pushes: " + error);
                    }

                    /** The message read so far: the client hands a message over in parts when it spans reads. */
                    private final StringBuilder message = new StringBuilder();
                    private int parts;

                    /**
                     * One push per whole message. This once looked only at the last part, so a push split across
                     * two reads of a burst ("paymentRec" + "orded") went uncounted: the "5 of 3,250 lost" pushes.
                     */
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        message.append(data);
                        parts++;
                        if (last) {
                            if (message.toString().contains("paymentRecorded")) {
                                pushes.add(wallMicros());
                                if (parts > 1) {
                                    SPLIT_PUSHES.incrementAndGet();
                                }
                            }
                            message.setLength(0);
                            parts = 0;
                        }
                        ws.request(1);
                        return null;
                    }
                });
        return opened.get(30, TimeUnit.SECONDS);
    }

    private static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        return m.group(1).replace("&#58;", ":");
    }
}
