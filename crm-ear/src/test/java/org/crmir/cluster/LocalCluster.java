package org.crmir.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code bin/crmir cluster} (two nodes, a balancer on 8080), started for the cluster tests on the
 * database in CRMIR_CLUSTER_TEST_DB_URL with the EAR this build made, and its nodes killed and started again as an
 * operator would: {@code kill -9} of the node's process group, then the node's own start script.
 */
final class LocalCluster implements AutoCloseable {

    static final String BALANCER = "http://127.0.0.1:8080/crmir";
    private static final Map<String, Integer> HTTP_PORTS = Map.of("node1", 8190, "node2", 8200);
    private static final Duration START_PATIENCE = Duration.ofMinutes(12);

    private final Path repo = Path.of(System.getProperty("crmir.repo", "..")).toAbsolutePath().normalize();
    private final Path home = Path.of("target", "cluster-home").toAbsolutePath();
    private final Path log = Path.of("target", "cluster.log").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    static String url(String node) {
        return "http://127.0.0.1:" + HTTP_PORTS.get(node) + "/crmir";
    }

    static String other(String node) {
        return node.equals("node1") ? "node2" : "node1";
    }

    void start() throws Exception {
        String database = System.getenv("CRMIR_CLUSTER_TEST_DB_URL");
        if (database == null) {
            throw new IllegalStateException("CRMIR_CLUSTER_TEST_DB_URL is not set: run the tests with bin/crmir test");
        }
        ProcessBuilder builder = new ProcessBuilder(repo.resolve("bin/crmir").toString(), "cluster")
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CRMIR_IMAP_") || name.equals("CRMIR_INBOX_POLL"));
        env.put("CRMIR_HOME", home.toString());
        env.put("CRMIR_DB_URL", database);
        env.put("CRMIR_PUBLIC_URL", BALANCER);
        env.put("CRMIR_SKIP_BUILD", "true");
        env.put("CRMIR_EAR", Path.of(System.getProperty("crmir.ear")).toAbsolutePath().toString());
        process = builder.start();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (!Files.exists(log) || !Files.readString(log).contains("CRMir is running as a cluster")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("bin/crmir cluster did not start; its output:\n"
                        + Files.readString(log));
            }
            Thread.sleep(500);
        }
    }

    /** The node that holds the session of this cookie value: WildFly appends its name as the route. */
    static String nodeOf(String sessionCookie) {
        return sessionCookie.substring(sessionCookie.lastIndexOf('.') + 1);
    }

    /** {@code kill -9} of the node's process group: the JVM dies with no chance to hand anything over. */
    void kill(String node) throws Exception {
        String pid = Files.readString(home.resolve("cluster").resolve(node).resolve("pid")).strip();
        new ProcessBuilder("kill", "-9", "--", "-" + pid).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (serves(node) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /** Starts the node again with its start script and waits until it serves the sign-in page. */
    void restart(String node) throws Exception {
        Path script = home.resolve("cluster").resolve(node).resolve("start");
        new ProcessBuilder(script.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (!serves(node)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(node + " did not come back; see " + home.resolve("cluster"));
            }
            Thread.sleep(500);
        }
    }

    boolean serves(String node) {
        try {
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(url(node) + "/login.xhtml"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return page.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** As Ctrl-C does: bin/crmir stops the balancer and both nodes. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }
}
