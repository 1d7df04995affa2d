import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    private static final String SWEEP_RUNS =
            "SELECT COALESCE(SUM(runs), 0) FROM scheduled_jobs WHERE job = 'WebhookSweep.everyMinute'";

    private final Path cluster;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<String> timeline = new ArrayList<>();
    private final long start = System.nanoTime();

    private FailoverDrill(Path cluster) {
        this.cluster = cluster;
    }

    public static void main(String[] args) throws Exception {
        String balancer = args[0];
        String adminPassword = args[2];
        String secret = args[3];
        int rate = Integer.parseInt(args[8]);
        int step = Integer.parseInt(args[9]);
        FailoverDrill drill = new FailoverDrill(Path.of(args[7]));
        try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
            drill.run(new CrmApi(balancer, args[1]), db, balancer, adminPassword, secret, rate, step);
        }
    }

    private void run(CrmApi api, Connection db, String balancer, String adminPassword, String secret, int rate,
            int step) throws Exception {
        long client = api.client("Failover drill");
        List<Long> invoices = api.issuedInvoices(client, rate * 10);
        note("made " + invoices.size() + " issued invoices");
        long sweepsBefore = CrmApi.number(db, SWEEP_RUNS);
        Instant timersFrom = Instant.now();

        BrowsingUser user = new BrowsingUser(balancer, adminPassword, 250, this::note);
        user.signIn();
        Thread browsing = new Thread(user::browse, "user");
        browsing.start();
        WebhookStream webhooks = new WebhookStream(balancer, secret, invoices, rate, "drill_" + start);
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

        int acknowledged = webhooks.acknowledged.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String payments = "SELECT COUNT(*) FROM payments WHERE client_id = " + client;
        while (CrmApi.number(db, payments) < acknowledged && System.nanoTime() < deadline) {
            pause(1);
        }
        note("recorded " + CrmApi.number(db, payments) + " payments");
        pause(5); // a second recording of any event would land by now
        long recorded = CrmApi.number(db, payments);
        long doubled = CrmApi.number(db, "SELECT COUNT(*) FROM (SELECT reference FROM payments WHERE client_id = "
                + client + " GROUP BY reference HAVING COUNT(*) > 1) d");
        long sweeps = CrmApi.number(db, SWEEP_RUNS) - sweepsBefore;
        long minutes = Instant.now().getEpochSecond() / 60 - timersFrom.getEpochSecond() / 60;
        System.out.println("events=" + webhooks.sent.get() + " acknowledged=" + acknowledged
                + " retried=" + webhooks.retried.get() + " recorded=" + recorded + " doubled=" + doubled
                + " lost=" + Math.max(0, acknowledged - recorded)
                + " page_loads=" + user.loads.get() + " failed_loads=" + user.failed.get()
                + " signed_out=" + user.signedOut.get() + " longest_pause_ms=" + user.longestPause()
                + " nodes_seen=" + String.join("+", user.nodes.keySet())
                + " sweep_runs=" + sweeps + " minutes=" + minutes
                + " ack_p99_ms=" + webhooks.ackMillis(0.99));
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
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/crmir/login.xhtml"))
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

    // ------------------------------------------------------------------ helpers

    private synchronized void note(String what) {
        String line = String.format("%7.1f s  %s", (System.nanoTime() - start) / 1e9, what);
        timeline.add(line);
        System.err.println(line);
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }
}
