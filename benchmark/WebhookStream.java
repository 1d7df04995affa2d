import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment gateway of the benchmarks: one Stripe payment_intent.succeeded of 1.00 per event at a fixed rate, round
 * robin over the given issued invoices; an event not answered 200 is sent again each second (as Stripe retries),
 * 120 times at most. Keeps, per event acknowledged, the time from its first sending to its 200.
 */
final class WebhookStream {

    private final String base;
    private final String secret;
    private final List<Long> invoices;
    private final int rate;
    private final String run;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private final ExecutorService senders = Executors.newFixedThreadPool(16);
    private final AtomicBoolean streaming = new AtomicBoolean(true);
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    /** Event number → ns from its first sending to its 200. */
    final ConcurrentHashMap<Integer, Long> acknowledged = new ConcurrentHashMap<>();

    /** Events to the application at {@code base}, ids made unique by {@code run}. */
    WebhookStream(String base, String secret, List<Long> invoices, int rate, String run) {
        this.base = base;
        this.secret = secret;
        this.invoices = invoices;
        this.rate = rate;
        this.run = run;
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
        String body = StripeEvent.succeeded(run + "_" + i, invoices.get(i % invoices.size()), 100);
        try {
            HttpResponse<Void> ack = http.send(HttpRequest.newBuilder(URI.create(base + "/api/webhooks/stripe"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json; charset=utf-8")
                    .header("Stripe-Signature", StripeEvent.signature(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
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

    /** No new events; waits up to 150 s for the retries to be acknowledged. */
    void stop() throws InterruptedException {
        streaming.set(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (acknowledged.size() < sent.get() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        clock.shutdownNow();
        senders.shutdownNow();
    }

    /** The given percentile (0–1) of first sending → 200, in ms. */
    long ackMillis(double percentile) {
        return Percentiles.millis(List.copyOf(acknowledged.values()), percentile);
    }
}
