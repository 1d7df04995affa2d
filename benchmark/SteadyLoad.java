import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One steady load for benchmark/one-vs-two, the same against one server and against the cluster's balancer:
 * {@code users} signed-in users opening the main lists back to back (no pause: together they keep the server busy),
 * and Stripe webhooks at {@code rate} per second. After a warm-up, measures for {@code seconds}: pages a second and
 * their load times, webhook acknowledgement times, and how long each payment took from the event's arrival to its
 * recording (server clock), then checks nothing was lost or doubled. Prints one line of key=value figures.
 *
 * <p>Arguments: URL, API token, admin password, webhook secret, JDBC URL, database user and password, users,
 * rate per second, warm-up seconds, measured seconds.
 */
public final class SteadyLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[2];
        String secret = args[3];
        int users = Integer.parseInt(args[7]);
        int rate = Integer.parseInt(args[8]);
        int warmup = Integer.parseInt(args[9]);
        int seconds = Integer.parseInt(args[10]);
        CrmApi api = new CrmApi(base, args[1]);
        long client = api.client("Steady load");
        List<Long> invoices = api.issuedInvoices(client, rate * 10);

        List<BrowsingUser> browsing = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            BrowsingUser user = new BrowsingUser(base, password, 0, System.err::println);
            user.signIn();
            browsing.add(user);
            Thread thread = new Thread(user::browse, "user-" + i);
            threads.add(thread);
            thread.start();
        }
        String run = "steady_" + System.currentTimeMillis();
        WebhookStream webhooks = new WebhookStream(base, secret, invoices, rate, run);
        webhooks.start();
        Thread.sleep(warmup * 1000L);

        int[] loadsBefore = browsing.stream().mapToInt(u -> u.loadTimes().size()).toArray();
        int eventsBefore = webhooks.sent.get();
        long measuring = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long measured = System.nanoTime() - measuring;
        int eventsMeasured = webhooks.sent.get() - eventsBefore;
        List<Long> pageTimes = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            List<Long> times = browsing.get(i).loadTimes();
            pageTimes.addAll(times.subList(loadsBefore[i], times.size()));
        }
        browsing.forEach(BrowsingUser::stop);
        for (Thread thread : threads) {
            thread.join();
        }
        long streamEnded = System.nanoTime();
        webhooks.stop();

        int acknowledged = webhooks.acknowledged.size();
        try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
            String payments = "SELECT COUNT(*) FROM payments WHERE client_id = " + client;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (CrmApi.number(db, payments) < acknowledged && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            long drained = System.nanoTime() - streamEnded;
            Thread.sleep(5_000); // a second recording of any event would land by now
            long recorded = CrmApi.number(db, payments);
            long doubled = CrmApi.number(db, "SELECT COUNT(*) FROM (SELECT reference FROM payments WHERE client_id = "
                    + client + " GROUP BY reference HAVING COUNT(*) > 1) d");
            List<Long> toRecorded = arrivalToRecorded(db, run);
            int failed = browsing.stream().mapToInt(u -> u.failed.get()).sum();
            int signedOut = browsing.stream().mapToInt(u -> u.signedOut.get()).sum();
            System.out.printf(java.util.Locale.ROOT, "users=%d pages=%d pages_per_s=%.1f page_p50_ms=%d page_p95_ms=%d"
                    + " page_p99_ms=%d failed_loads=%d signed_out=%d events=%d events_per_s=%.1f acknowledged=%d"
                    + " recorded=%d doubled=%d lost=%d ack_p50_ms=%d ack_p99_ms=%d recorded_p50_ms=%d"
                    + " recorded_p95_ms=%d drained_ms=%d%n",
                    users, pageTimes.size(), pageTimes.size() / (measured / 1e9),
                    Percentiles.millis(pageTimes, 0.50), Percentiles.millis(pageTimes, 0.95),
                    Percentiles.millis(pageTimes, 0.99), failed, signedOut, webhooks.sent.get(),
                    eventsMeasured / (measured / 1e9), acknowledged, recorded, doubled,
                    Math.max(0, acknowledged - recorded), webhooks.ackMillis(0.50), webhooks.ackMillis(0.99),
                    Percentiles.millis(toRecorded, 0.50), Percentiles.millis(toRecorded, 0.95),
                    TimeUnit.NANOSECONDS.toMillis(drained));
        }
    }

    /** Per event of this run: its arrival (received_at) to its payment's recording (processed_at), in ns. */
    private static List<Long> arrivalToRecorded(Connection db, String run) throws Exception {
        List<Long> nanos = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT TIMESTAMPDIFF(MICROSECOND, received_at, processed_at) FROM gateway_events"
                        + " WHERE event_id LIKE 'evt_" + run + "%' AND processed_at IS NOT NULL")) {
            while (r.next()) {
                nanos.add(r.getLong(1) * 1_000);
            }
        }
        return nanos;
    }
}
