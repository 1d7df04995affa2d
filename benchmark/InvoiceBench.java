// benchmark/InvoiceBench.java — the load and timing side of benchmark/invoices (Java 17, JDK only, plus MySQL
// Connector/J on the class path for the JDBC commands). Loopback only; every command is bounded.
//
//   draft  <api-url> <token> <count> <threads> <client-ids,...> <ids-out>
//          POSTs <count> draft invoices of 1-3 lines (round robin over the clients); writes their ids, one a line.
//   issue  <api-url> <token> <ids-file> <skip> <count> <threads> <latencies-out>
//          POSTs /{id}/issue for ids[skip .. skip+count) from <threads> callers sharing one queue; prints
//          requests, errors, seconds, issues/s and latency percentiles; writes "<ms> <number>" per request.
//   commit <jdbc-url> <user> <password> <seconds> <threads> <insert|counter>
//          insert: single-row INSERTs in autocommit; counter: the issuing pattern without the application
//          (SELECT the counter row FOR UPDATE, UPDATE it, INSERT one row, COMMIT). Prints commits/s and latencies.
//   sql    <jdbc-url> <user> <password> <reps> <status|-> <from|-> <to|-> <min|-> <client|->
//          times the statements of one list request as EclipseLink sends them (the page's ids, their rows, the
//          count, the per-currency totals), <reps> times each after a warm-up, and prints the ANALYZE of each.
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class InvoiceBench {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: draft | issue | commit | sql ... (see the header)");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "draft" -> draft(rest);
            case "issue" -> issue(rest);
            case "commit" -> commit(rest);
            case "sql" -> sql(rest);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ------------------------------------------------------------------------------------------- HTTP

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .proxy(HttpClient.Builder.NO_PROXY).build();
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static final String[] ITEMS = {"Consulting, hours", "Support plan, month", "Onsite workshop, day",
        "Licence, seat", "Travel expenses", "Implementation, hours"};

    private static String draftBody(long clientId, int k) {
        int lines = 1 + Math.floorMod(k * 7919, 3);
        StringBuilder json = new StringBuilder("{\"clientId\":").append(clientId).append(",\"lines\":[");
        for (int l = 0; l < lines; l++) {
            int h = Math.floorMod((k + 1) * 31 + l * 17, 1000);
            json.append(l == 0 ? "" : ",").append("{\"description\":\"").append(ITEMS[(k + l) % ITEMS.length])
                    .append("\",\"quantity\":").append(1 + h % 12).append(",\"unit\":\"pc\",\"unitPrice\":")
                    .append(new BigDecimal(2500 + h * 37).movePointLeft(2)).append(",\"discountPercent\":")
                    .append(h % 10 == 0 ? 5 : 0).append(",\"taxRate\":").append(h % 5 == 0 ? 7 : 19).append('}');
        }
        return json.append("],\"notes\":\"Benchmark invoice ").append(k).append("\"}").toString();
    }

    private static void draft(String[] a) throws Exception {
        String api = a[0], token = a[1];
        int count = Integer.parseInt(a[2]), threads = Integer.parseInt(a[3]);
        long[] clients = Arrays.stream(a[4].split(",")).mapToLong(Long::parseLong).toArray();
        Path out = Path.of(a[5]);
        HttpClient client = http();
        long[] ids = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        run(threads, () -> {
            for (int k; (k = next.getAndIncrement()) < count && errors.get() < 20; ) {
                HttpRequest req = request(api + "/invoices", token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(draftBody(clients[k % clients.length], k))).build();
                try {
                    HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
                    Matcher m = ID.matcher(res.body());
                    if (res.statusCode() != 201 || !m.find()) {
                        throw new IOException("HTTP " + res.statusCode() + ": " + abbreviate(res.body()));
                    }
                    ids[k] = Long.parseLong(m.group(1));
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                    problems.add("draft " + k + ": " + e);
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        if (errors.get() > 0) {
            problems.stream().limit(5).forEach(System.err::println);
            throw new IllegalStateException(errors.get() + " drafts failed");
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (long id : ids) {
                w.println(id);
            }
        }
        System.out.printf(Locale.ROOT, "drafts=%d threads=%d seconds=%.2f per_second=%.1f%n", count, threads, seconds,
                count / seconds);
    }

    private static void issue(String[] a) throws Exception {
        String api = a[0], token = a[1];
        List<String> all = Files.readAllLines(Path.of(a[2]));
        int skip = Integer.parseInt(a[3]), count = Integer.parseInt(a[4]), threads = Integer.parseInt(a[5]);
        if (skip + count > all.size()) {
            throw new IllegalArgumentException("only " + all.size() + " drafts");
        }
        long[] ids = all.subList(skip, skip + count).stream().mapToLong(Long::parseLong).toArray();
        HttpClient client = http();
        long[] nanos = new long[count];
        String[] numbers = new String[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong lastEnd = new AtomicLong();
        long started = System.nanoTime();
        run(threads, () -> {
            for (int k; (k = next.getAndIncrement()) < count; ) {
                HttpRequest req = request(api + "/invoices/" + ids[k] + "/issue", token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    nanos[k] = t1 - t0;
                    lastEnd.accumulateAndGet(t1, Math::max);
                    Matcher m = NUMBER.matcher(res.body());
                    if (res.statusCode() != 200 || !m.find()) {
                        throw new IOException("HTTP " + res.statusCode() + ": " + abbreviate(res.body()));
                    }
                    numbers[k] = m.group(1);
                } catch (IOException | InterruptedException e) {
                    if (nanos[k] == 0) {
                        nanos[k] = System.nanoTime() - t0;
                    }
                    errors.incrementAndGet();
                    problems.add("issue " + ids[k] + ": " + e);
                }
            }
        });
        double seconds = (lastEnd.get() - started) / 1e9;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[6])))) {
            for (int k = 0; k < count; k++) {
                w.printf(Locale.ROOT, "%.3f %s%n", nanos[k] / 1e6, numbers[k] == null ? "ERROR" : numbers[k]);
            }
        }
        problems.stream().limit(5).forEach(p -> System.err.println("  " + p));
        double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(-1.0);
        System.out.printf(Locale.ROOT, "requests=%d errors=%d threads=%d seconds=%.2f per_second=%.1f"
                        + " p50=%.1f p95=%.1f p99=%.1f max=%.1f mean=%.1f client_cpu_s=%.1f%n", count, errors.get(),
                threads, seconds, (count - errors.get()) / seconds, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms[ms.length - 1], Arrays.stream(ms).average().orElse(0), cpu);
    }

    // ------------------------------------------------------------------------------------------- JDBC

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void commit(String[] a) throws Exception {
        String url = a[0], user = a[1], password = a[2];
        double seconds = Double.parseDouble(a[3]);
        int threads = Integer.parseInt(a[4]);
        boolean counter = switch (a[5]) {
            case "insert" -> false;
            case "counter" -> true;
            default -> throw new IllegalArgumentException("insert or counter, not " + a[5]);
        };
        try (Connection c = connect(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_commit");
            s.execute("CREATE TABLE bench_commit (id BIGINT NOT NULL AUTO_INCREMENT, caller INT NOT NULL,"
                    + " payload VARCHAR(100) NOT NULL, created_at DATETIME(6) NOT NULL, PRIMARY KEY (id))"
                    + " ENGINE=InnoDB");
            s.execute("DROP TABLE IF EXISTS bench_counter");
            s.execute("CREATE TABLE bench_counter (series VARCHAR(10) NOT NULL, year INT NOT NULL,"
                    + " last_value BIGINT NOT NULL, PRIMARY KEY (series, year)) ENGINE=InnoDB");
            s.execute("INSERT INTO bench_counter VALUES ('B', 2000, 0)");
        }
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            connections.add(connect(url, user, password));
        }
        List<long[]> samples = new ArrayList<>();
        long[] counts = new long[threads];
        for (int t = 0; t < threads; t++) {
            samples.add(new long[Math.max(1 << 16, (1 << 20) / threads)]); // latency samples; the count is exact
        }
        AtomicInteger index = new AtomicInteger();
        long started = System.nanoTime();
        long end = started + (long) (seconds * 1e9);
        AtomicLong finished = new AtomicLong();
        run(threads, () -> {
            int t = index.getAndIncrement();
            Connection c = connections.get(t);
            long[] mine = samples.get(t);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bench_commit (caller, payload, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))");
                 PreparedStatement lock = c.prepareStatement(
                    "SELECT last_value FROM bench_counter WHERE series = 'B' AND year = 2000 FOR UPDATE");
                 PreparedStatement bump = c.prepareStatement(
                    "UPDATE bench_counter SET last_value = ? WHERE series = 'B' AND year = 2000")) {
                c.setAutoCommit(!counter);
                long n = 0;
                for (long t0 = System.nanoTime(); t0 < end; t0 = System.nanoTime()) {
                    if (counter) {
                        long last;
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            last = rs.getLong(1);
                        }
                        bump.setLong(1, last + 1);
                        bump.executeUpdate();
                    }
                    insert.setInt(1, t);
                    insert.setString(2, "row " + n + " of caller " + t);
                    insert.executeUpdate();
                    if (counter) {
                        c.commit();
                    }
                    if (n < mine.length) {
                        mine[(int) n] = System.nanoTime() - t0;
                    }
                    n++;
                }
                counts[t] = n;
                finished.accumulateAndGet(System.nanoTime(), Math::max);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        double wall = (finished.get() - started) / 1e9;
        long total = Arrays.stream(counts).sum();
        double[] ms = new double[(int) Math.min(total, Integer.MAX_VALUE - 8)];
        int i = 0;
        for (int t = 0; t < threads; t++) {
            for (int k = 0; k < Math.min(counts[t], samples.get(t).length); k++) {
                ms[i++] = samples.get(t)[k] / 1e6;
            }
        }
        ms = Arrays.copyOf(ms, i);
        Arrays.sort(ms);
        String check = "";
        try (Connection c = connections.get(0); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM bench_commit),"
                    + " (SELECT last_value FROM bench_counter)")) {
                rs.next();
                check = " rows=" + rs.getLong(1) + (counter ? " counter=" + rs.getLong(2) : "");
            }
            s.execute("DROP TABLE bench_commit");
            s.execute("DROP TABLE bench_counter");
        }
        for (Connection c : connections) {
            c.close();
        }
        System.out.printf(Locale.ROOT, "mode=%s threads=%d commits=%d seconds=%.2f per_second=%.0f"
                        + " p50=%.3f p95=%.3f p99=%.3f%s%n", a[5], threads, total, wall, total / wall,
                pct(ms, 50), pct(ms, 95), pct(ms, 99), check);
    }

    /**
     * The statements of InvoiceService.list (the page's ids, then their rows with the client names), count and
     * totals, as EclipseLink (MySQLPlatform) renders them; keep in step with the service.
     */
    private static void sql(String[] a) throws Exception {
        String url = a[0], user = a[1], password = a[2];
        int reps = Integer.parseInt(a[3]);
        String status = opt(a[4]), from = opt(a[5]), to = opt(a[6]), min = opt(a[7]), clientId = opt(a[8]);
        StringBuilder where = new StringBuilder("(ID IS NOT NULL)");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.insert(0, "(").append(" AND (STATUS = ?))");
            params.add(status);
        }
        if (clientId != null) {
            where.insert(0, "(").append(" AND (client_id = ?))");
            params.add(Long.valueOf(clientId));
        }
        if (from != null) {
            where.insert(0, "(").append(" AND (issue_date >= ?))");
            params.add(java.sql.Date.valueOf(LocalDate.parse(from)));
        }
        if (to != null) {
            where.insert(0, "(").append(" AND (issue_date <= ?))");
            params.add(java.sql.Date.valueOf(LocalDate.parse(to)));
        }
        if (min != null) {
            where.insert(0, "(").append(" AND (TOTAL >= ?))");
            params.add(new BigDecimal(min));
        }
        String w = where.toString();
        List<Object> page = new ArrayList<>(params);
        page.addAll(List.of(0, 25));
        List<Object> totals = new ArrayList<>(List.of("ISSUED", "PARTIALLY_PAID", "OVERDUE", 0));
        totals.addAll(params);
        totals.addAll(List.of(0, 50));
        try (Connection c = connect(url, user, password)) {
            List<Object> ids = new ArrayList<>();
            time(c, "ids", "SELECT ID AS a1 FROM invoices WHERE " + w + " ORDER BY created_at DESC, ID DESC LIMIT ?, ?",
                    page, reps, ids);
            String marks = String.join(",", java.util.Collections.nCopies(Math.max(1, ids.size()), "?"));
            if (ids.isEmpty()) {
                ids.add(-1L);
            }
            time(c, "rows", "SELECT t0.ID, t0.NUMBER, t0.client_id, t1.NAME, t0.STATUS, t0.issue_date, t0.due_date,"
                    + " t0.CURRENCY, t0.TOTAL, (t0.TOTAL - (t0.credited_total + t0.paid_total))"
                    + " FROM invoices t0, clients t1 WHERE ((t1.ID ="
                    + " t0.client_id) AND (t0.ID IN (" + marks + "))) ORDER BY t0.created_at DESC, t0.ID DESC",
                    ids, reps, null);
            // the capped count (CappedCount): one read that stops at the 10,001st match
            time(c, "count", "SELECT COUNT(*) FROM (SELECT ID FROM invoices WHERE " + w + " LIMIT 10001) capped",
                    params, reps, null);
            time(c, "totals", "SELECT CURRENCY AS a1, COUNT(ID), SUM(TOTAL), SUM(CASE  WHEN (((STATUS = ?) OR"
                    + " (STATUS = ?)) OR (STATUS = ?)) THEN (TOTAL - (credited_total + paid_total)) ELSE ? END)"
                    + " FROM invoices WHERE " + w + " GROUP BY CURRENCY ORDER BY CURRENCY LIMIT ?, ?",
                    totals, reps, null);
        }
    }

    /** Runs {@code sql} a few times as a warm-up, then {@code reps} times; prints the times and its ANALYZE. */
    private static void time(Connection c, String name, String sql, List<Object> p, int reps, List<Object> first)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < p.size(); k++) {
                ps.setObject(k + 1, p.get(k));
            }
            long rows = 0;
            double[] ms = new double[reps];
            for (int r = -Math.min(reps, 5); r < reps; r++) {
                long t0 = System.nanoTime();
                rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        if (first != null && r == -Math.min(reps, 5)) {
                            first.add(rs.getLong(1));
                        }
                    }
                }
                if (r >= 0) {
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%s median=%.2f p95=%.2f rows=%d%n", name, pct(ms, 50), pct(ms, 95), rows);
        }
        try (PreparedStatement ps = c.prepareStatement("ANALYZE " + sql)) {
            for (int k = 0; k < p.size(); k++) {
                ps.setObject(k + 1, p.get(k));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder head = new StringBuilder("#   ");
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    head.append(k == 1 ? "" : " | ").append(md.getColumnLabel(k));
                }
                System.out.println(head);
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("#   ");
                    for (int k = 1; k <= md.getColumnCount(); k++) {
                        line.append(k == 1 ? "" : " | ").append(rs.getString(k));
                    }
                    System.out.println(line);
                }
            }
        }
        System.out.println("#   SQL: " + sql);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static String opt(String s) {
        return s == null || s.isEmpty() || s.equals("-") ? null : s;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static void run(int threads, Runnable body) throws InterruptedException {
        List<Thread> list = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(body, "caller-" + t);
            thread.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            list.add(thread);
            thread.start();
        }
        for (Thread thread : list) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " callers failed", failures.get(0));
        }
    }
}
