package org.crmir.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Signed-in people using CRMir at once (issue 15, item 5; docs/PERFORMANCE-load.md). Each virtual user is one of
 * the users benchmark/load/run created: it signs in through the login form (a Faces postback with the page's
 * view state), then until the end of the run picks an action by weight, with a think time after each:
 * <ul>
 * <li>browsing, as the browser does it (Faces pages, the session cookie): the dashboard; the client list, then a
 * search typed into it and sometimes the status filter (PrimeFaces ajax postbacks with the list's view state); a
 * client's page; the invoice list with a filter from its URL; an invoice;</li>
 * <li>writing, through the REST API with the user's own personal token (the Faces forms of these actions are
 * several postbacks each; the service calls behind them are the same): log an interaction, create a client,
 * draft and issue an invoice and record its payment.</li>
 * </ul>
 * Every answer is checked (status, no sign-in form where a page was asked for, no error in an ajax answer), so
 * that an error anywhere counts as a failed request. Page assets (CSS, scripts) are not fetched: a browser holds
 * them in its cache after the first page.
 * <p>
 * Environment (benchmark/load/run sets it): LOAD_APP_URL (http://127.0.0.1:8080/crmir), LOAD_USERS_FILE (lines of
 * "username TAB token"), LOAD_PASSWORD (every user's), LOAD_USERS (100), LOAD_RAMP_SECONDS (30: all users signed
 * in by then), LOAD_SECONDS (300: the steady part after the ramp), LOAD_THINK_MIN and LOAD_THINK_MAX (seconds
 * between actions, 3 and 10), LOAD_CLIENTS and LOAD_INVOICES (the seeded ids are 1..N).
 */
public class LoadSimulation extends Simulation {

    private static final String VIEW_STATE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";
    /** primefaces.CSP is on: an ajax postback carries the page's nonce, or the server takes the view as expired. */
    private static final String CSP_NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";
    private static final String[] SEARCHES = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne",
        "Northwind", "Logistics", "Systems", "Foods", "acm", "glo", "Berlin", "Textiles"};
    private static final String[] INVOICE_FILTERS = {"", "?status=open", "?status=overdue", "?status=paid",
        "?currency=EUR", "?status=issued&currency=GBP"};
    private static final String[] CHANNELS = {"CALL", "MEETING", "NOTE"};

    private final String app = env("LOAD_APP_URL", "http://127.0.0.1:8080/crmir");
    private final String password = env("LOAD_PASSWORD", null);
    private final int users = Integer.parseInt(env("LOAD_USERS", "100"));
    private final int rampSeconds = Integer.parseInt(env("LOAD_RAMP_SECONDS", "30"));
    private final int seconds = Integer.parseInt(env("LOAD_SECONDS", "300"));
    private final int thinkMin = Integer.parseInt(env("LOAD_THINK_MIN", "3"));
    private final int thinkMax = Integer.parseInt(env("LOAD_THINK_MAX", "10"));
    private final int clients = Integer.parseInt(env("LOAD_CLIENTS", "10000"));
    private final int invoices = Integer.parseInt(env("LOAD_INVOICES", "100000"));
    /** Users stop starting new actions here: the ramp, then the steady part. */
    private final long endMillis = System.currentTimeMillis() + (rampSeconds + seconds) * 1000L;

    private final HttpProtocolBuilder protocol = http.baseUrl(app)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("CRMir load test (Gatling)");

    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/login.xhtml").check(status().is(200), regex(VIEW_STATE).saveAs("viewState")),
            http("sign in").post("/login.xhtml")
                    .formParam("login", "login")
                    .formParam("login:username", "#{username}")
                    .formParam("login:password", password)
                    .formParam("login:signIn", "Sign in")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("login:password").notExists()));

    private final ChainBuilder dashboard = exec(page("dashboard", "/dashboard.xhtml"));

    private final ChainBuilder clientList = exec(
            page("client list", "/clients.xhtml").check(regex(VIEW_STATE).saveAs("viewState"),
                    regex(CSP_NONCE).saveAs("nonce")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(session -> session.set("search", pick(SEARCHES)))
            .exec(ajax("client list: search (ajax)", "/clients.xhtml", "clients", "search", "keyup", "#{search}"))
            .randomSwitch().on(percent(30.0).then(exec(
                    ajax("client list: status filter (ajax)", "/clients.xhtml", "clients", "status", "change", "ALL"))));

    private final ChainBuilder clientPage = exec(session -> session.set("clientId", randomId(clients)))
            .exec(page("client page", "/client.xhtml?id=#{clientId}"));

    private final ChainBuilder invoiceList = exec(session -> session.set("invoiceFilter", pick(INVOICE_FILTERS)))
            .exec(page("invoice list", "/invoices.xhtml#{invoiceFilter}"));

    private final ChainBuilder invoicePage = exec(session -> session.set("invoiceId", randomId(invoices)))
            .exec(page("invoice page", "/invoice.xhtml?id=#{invoiceId}"));

    private final ChainBuilder logInteraction = exec(session -> session.set("clientId", activeClientId(clients))
            .set("channel", pick(CHANNELS)))
            .exec(api("log an interaction (API)", "/api/v1/clients/#{clientId}/interactions",
                    "{\"channel\":\"#{channel}\",\"direction\":\"OUTBOUND\",\"sender\":\"#{username}\","
                            + "\"recipient\":\"the client's buyer\",\"subject\":\"Follow-up by #{username}\","
                            + "\"body\":\"Talked about the next order and the open invoices.\"}")
                    .check(status().is(201)));

    private final ChainBuilder createClient = exec(session -> session.set("key", UUID.randomUUID().toString()))
            .exec(api("create a client (API)", "/api/v1/clients",
                    "{\"kind\":\"COMPANY\",\"name\":\"Load #{username} #{key}\",\"email\":\"office@#{key}.example\","
                            + "\"currency\":\"EUR\",\"paymentTermsDays\":14,"
                            + "\"billingAddress\":{\"city\":\"Berlin\",\"country\":\"DE\"}}")
                    .header("Idempotency-Key", "#{key}")
                    .check(status().is(201)));

    // A step that failed leaves the previous round's ids in the session: they are removed first, and each step
    // runs only when the one before it gave its id (else it would pay an invoice paid a round earlier).
    private final ChainBuilder invoiceAndPayment = exec(session -> session.removeAll("draftId", "total", "currency")
            .set("clientId", activeClientId(clients))
            .set("key", UUID.randomUUID().toString())
            .set("quantity", 1 + ThreadLocalRandom.current().nextInt(10))
            .set("price", ThreadLocalRandom.current().nextInt(2000, 90000) / 100.0)
            .set("today", LocalDate.now().toString()))
            .exec(api("draft an invoice (API)", "/api/v1/invoices",
                    "{\"clientId\":#{clientId},\"lines\":[{\"description\":\"Consulting\",\"quantity\":#{quantity},"
                            + "\"unit\":\"h\",\"unitPrice\":#{price},\"discountPercent\":0,\"taxRate\":19}]}")
                    .header("Idempotency-Key", "#{key}")
                    .check(status().is(201), jsonPath("$.id").saveAs("draftId")))
            .doIf(session -> session.contains("draftId")).then(exec(
                    pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    api("issue the invoice (API)", "/api/v1/invoices/#{draftId}/issue", "")
                            .check(status().is(200), jsonPath("$.total").saveAs("total"),
                                    jsonPath("$.currency").saveAs("currency"))))
            .doIf(session -> session.contains("total")).then(exec(
                    pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    api("record a payment (API)", "/api/v1/payments",
                            "{\"clientId\":#{clientId},\"invoiceId\":#{draftId},\"amount\":#{total},"
                                    + "\"currency\":\"#{currency}\",\"method\":\"BANK_TRANSFER\","
                                    + "\"reference\":\"LOAD-#{key}\",\"receivedOn\":\"#{today}\"}")
                            .header("Idempotency-Key", "pay-#{key}")
                            .check(status().is(201))));

    private final ScenarioBuilder scenario = scenario("signed-in user")
            .feed(listFeeder(readUsers()).circular())
            .exec(signIn)
            .asLongAs(session -> System.currentTimeMillis() < endMillis).on(
                    randomSwitch().on(
                            percent(20.0).then(dashboard),
                            percent(20.0).then(clientList),
                            percent(18.0).then(clientPage),
                            percent(12.0).then(invoiceList),
                            percent(12.0).then(invoicePage),
                            percent(9.0).then(logInteraction),
                            percent(3.0).then(createClient),
                            percent(6.0).then(invoiceAndPayment))
                    .pause(Duration.ofSeconds(thinkMin), Duration.ofSeconds(thinkMax)));

    {
        if (password == null || users < 1 || seconds < 1 || thinkMin < 0 || thinkMax < thinkMin) {
            throw new IllegalArgumentException("need LOAD_PASSWORD, LOAD_USERS >= 1, LOAD_SECONDS >= 1 and "
                    + "0 <= LOAD_THINK_MIN <= LOAD_THINK_MAX");
        }
        // The time limit: whatever is still running a minute after the last action could start is cut off.
        setUp(scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(rampSeconds + seconds + 60L));
    }

    /** A Faces page, as a signed-in browser asks for it: 200 and the page itself, not the sign-in form. */
    private static HttpRequestActionBuilder page(String name, String url) {
        return http(name).get(url).check(status().is(200), substring("login:password").notExists(),
                substring("<partial-response").notExists());
    }

    /** A PrimeFaces ajax postback of one input of a form that re-renders the form's table. */
    private static HttpRequestActionBuilder ajax(String name, String url, String form, String input, String event,
            String value) {
        String source = form + ":" + input;
        return http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", source)
                .formParam("jakarta.faces.partial.render", form + ":table")
                .formParam("jakarta.faces.behavior.event", event)
                .formParam("jakarta.faces.partial.event", event)
                .formParam(form, form)
                .formParam(source, value)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<partial-response"), substring("<error>").notExists(),
                        substring("<redirect").notExists(), substring("ui-datatable").exists());
    }

    /** A JSON write with the user's own bearer token. */
    private static HttpRequestActionBuilder api(String name, String path, String json) {
        return http(name).post(path)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .body(StringBody(json));
    }

    private List<Map<String, Object>> readUsers() {
        String file = env("LOAD_USERS_FILE", null);
        if (file == null) {
            throw new IllegalArgumentException("LOAD_USERS_FILE (lines of username TAB token) is not set");
        }
        try {
            List<Map<String, Object>> read = Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> Map.<String, Object>of("username", f[0], "token", f[1]))
                    .toList();
            if (read.size() < users) {
                throw new IllegalArgumentException(file + " has " + read.size() + " users, fewer than " + users);
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long randomId(int max) {
        return 1 + ThreadLocalRandom.current().nextInt(max);
    }

    /**
     * A seeded client that is not archived (benchmark/seed-clients.sql archives every 25th): a person writes to
     * the clients the screens offer, and the server refuses a new invoice for an archived one (409).
     */
    private static long activeClientId(int max) {
        long id;
        do {
            id = randomId(max);
        } while (id % 25 == 0);
        return id;
    }

    private static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
