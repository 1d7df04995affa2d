package org.crmir.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Who may open which page, and what the server answers everybody else. The list of pages is not kept here: it is
 * read from the web module's folder, and a page missing from {@link #ACCESS} fails the test, so that every new page
 * joins the check with a decision about who may see it.
 */
final class PageExpectations {

    /** The five roles, and nobody signed in. */
    enum Visitor { ADMIN, SALES, FINANCE, SUPPORT, VIEWER, ANONYMOUS }

    /** What a visitor who may not open a page gets: a signed-in user, {@code statusForOthers}; anonymous, 302. */
    record Access(Set<Visitor> allowed, int statusForAllowed, int statusForOthers) {

        Access(Set<Visitor> allowed, int statusForAllowed) {
            this(allowed, statusForAllowed, 403);
        }

        int expectedStatus(Visitor visitor) {
            if (allowed.contains(visitor)) {
                return statusForAllowed;
            }
            return visitor == Visitor.ANONYMOUS ? 302 : statusForOthers;
        }
    }

    private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));
    private static final Access EVERY_USER = new Access(SIGNED_IN, 200);
    private static final Access EVERYBODY = new Access(EnumSet.allOf(Visitor.class), 200);

    /** Page (path under the web root) to who may open it. */
    static final Map<String, Access> ACCESS = Map.ofEntries(
            // a signed-in user is sent on to the dashboard
            Map.entry("/login.xhtml", new Access(EnumSet.of(Visitor.ANONYMOUS), 200, 302)),
            // opened by itself, the error page still says that something failed: never 200
            Map.entry("/error.xhtml", new Access(EnumSet.allOf(Visitor.class), 500)),
            Map.entry("/public/pay.xhtml", EVERYBODY),
            Map.entry("/public/quote.xhtml", EVERYBODY),
            Map.entry("/public/contract.xhtml", EVERYBODY),
            Map.entry("/public/forgot-password.xhtml", EVERYBODY),
            // opened without a link's token it says the link is not valid, and answers so: 404
            Map.entry("/public/set-password.xhtml", new Access(EnumSet.allOf(Visitor.class), 404)),
            Map.entry("/dashboard.xhtml", EVERY_USER),
            Map.entry("/clients.xhtml", EVERY_USER),
            Map.entry("/client.xhtml", EVERY_USER),
            Map.entry("/client-edit.xhtml", EVERY_USER),
            Map.entry("/quotes.xhtml", EVERY_USER),
            Map.entry("/quote.xhtml", EVERY_USER),
            Map.entry("/quote-edit.xhtml", EVERY_USER),
            Map.entry("/invoices.xhtml", EVERY_USER),
            Map.entry("/invoice.xhtml", EVERY_USER),
            Map.entry("/invoice-edit.xhtml", EVERY_USER),
            Map.entry("/contracts.xhtml", EVERY_USER),
            Map.entry("/contract.xhtml", EVERY_USER),
            Map.entry("/contract-edit.xhtml", EVERY_USER),
            Map.entry("/contract-calendar.xhtml", EVERY_USER),
            Map.entry("/products.xhtml", EVERY_USER),
            // a viewer reads that the role cannot import
            Map.entry("/import.xhtml", EVERY_USER),
            // mail waiting to be filed on a client: for those who log interactions
            Map.entry("/unfiled-mail.xhtml", new Access(EnumSet.of(Visitor.ADMIN, Visitor.SALES, Visitor.FINANCE,
                    Visitor.SUPPORT), 200)),
            Map.entry("/communications.xhtml", EVERY_USER),
            Map.entry("/analytics.xhtml", EVERY_USER),
            Map.entry("/notifications.xhtml", EVERY_USER),
            Map.entry("/profile.xhtml", EVERY_USER),
            Map.entry("/finance/reconciliation.xhtml", new Access(EnumSet.of(Visitor.ADMIN, Visitor.FINANCE), 200)),
            Map.entry("/finance/payments.xhtml", new Access(EnumSet.of(Visitor.ADMIN, Visitor.FINANCE), 200)),
            Map.entry("/finance/reports.xhtml", new Access(EnumSet.of(Visitor.ADMIN, Visitor.FINANCE), 200)),
            Map.entry("/finance/report-schedules.xhtml", new Access(EnumSet.of(Visitor.ADMIN, Visitor.FINANCE), 200)),
            Map.entry("/admin/users.xhtml", new Access(EnumSet.of(Visitor.ADMIN), 200)),
            Map.entry("/admin/sign-in.xhtml", new Access(EnumSet.of(Visitor.ADMIN), 200)),
            Map.entry("/admin/settings.xhtml", new Access(EnumSet.of(Visitor.ADMIN), 200)),
            Map.entry("/admin/templates.xhtml", new Access(EnumSet.of(Visitor.ADMIN), 200)),
            Map.entry("/admin/audit.xhtml", new Access(EnumSet.of(Visitor.ADMIN), 200)),
            Map.entry("/admin/webhooks.xhtml", new Access(EnumSet.of(Visitor.ADMIN), 200)),
            Map.entry("/api/docs", EVERYBODY));

    /** The pages that are not Faces views: servlets that answer a page for people to read. */
    static final List<String> SERVLET_PAGES = List.of("/api/docs");

    private PageExpectations() {
    }

    /**
     * Every page of the web module (its .xhtml files outside WEB-INF, and {@link #SERVLET_PAGES}), as paths under
     * the web root, sorted.
     */
    static List<String> pagesOfTheWebModule() {
        Path webapp = Path.of(System.getProperty("crmir.webapp", "../crm-web/src/main/webapp"));
        if (!Files.isDirectory(webapp)) {
            throw new IllegalStateException("The web module's pages are not at " + webapp.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(webapp)) {
            Map<String, Path> pages = new TreeMap<>();
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/"))
                    .forEach(page -> pages.put(page, null));
            SERVLET_PAGES.forEach(page -> pages.put(page, null));
            return List.copyOf(pages.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
