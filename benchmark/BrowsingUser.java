import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user of the benchmarks: signs in through the form as the administrator, then opens the main lists one after the
 * other with a pause between pages until stopped. Counts pages loaded, failed, and sent to sign in again; keeps each
 * load's time, the longest gap between two loads, and the nodes that served it (the route in CRMIRSESSION).
 */
final class BrowsingUser {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]*)\"");
    private static final String[] PAGES = {"/dashboard.xhtml", "/clients.xhtml", "/invoices.xhtml", "/contracts.xhtml"};

    private final String base;
    private final String password;
    private final long pauseMillis;
    private final Consumer<String> note;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger signedOut = new AtomicInteger();
    final ConcurrentHashMap<String, Boolean> nodes = new ConcurrentHashMap<>();
    private final List<Long> loadNanos = new ArrayList<>();
    private long lastLoad;
    private long longestPause;

    /** A user of the application at {@code base}, waiting {@code pauseMillis} between pages; notes go to note. */
    BrowsingUser(String base, String password, long pauseMillis, Consumer<String> note) {
        this.base = base;
        this.password = password;
        this.pauseMillis = pauseMillis;
        this.note = note;
    }

    void signIn() throws IOException, InterruptedException {
        String form = browser.send(get("/login.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        String body = "login=login&login%3Ausername=admin&login%3Apassword=" + enc(password)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(first(VIEW_STATE, form))
                + "&primefaces.nonce=" + enc(first(NONCE, form));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("signing in answered " + signedIn.statusCode());
        }
        synchronized (this) {
            lastLoad = System.nanoTime();
        }
    }

    /** Opens pages until {@link #stop}; run it on a thread of its own. */
    void browse() {
        int i = 0;
        while (running.get()) {
            String page = PAGES[i++ % PAGES.length];
            long began = System.nanoTime();
            try {
                HttpResponse<String> answer = browser.send(get(page), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                        .contains("login")) {
                    signedOut.incrementAndGet();
                    note.accept("the user was sent to sign in again");
                } else if (answer.statusCode() == 200) {
                    loaded(System.nanoTime() - began);
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
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private synchronized void loaded(long took) {
        long now = System.nanoTime();
        longestPause = Math.max(longestPause, now - lastLoad);
        lastLoad = now;
        loadNanos.add(took);
        loads.incrementAndGet();
    }

    /** The longest time between two pages loaded, in ms. */
    synchronized long longestPause() {
        return TimeUnit.NANOSECONDS.toMillis(longestPause);
    }

    /** How long each page took to load, in ns. */
    synchronized List<Long> loadTimes() {
        return List.copyOf(loadNanos);
    }

    void stop() {
        running.set(false);
    }

    private HttpRequest get(String page) {
        return HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(30)).build();
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
