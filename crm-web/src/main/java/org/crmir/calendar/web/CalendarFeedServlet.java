package org.crmir.calendar.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.crmir.calendar.CalendarFeeds;
import org.crmir.document.PublicLinks;

/**
 * {@code GET /calendar/<secret>.ics}: a personal calendar feed, read by calendar apps that cannot sign in (the
 * secret in the address is the key, so the path is public in web.xml). An unknown or turned-off link is a plain
 * 404 that says no more than that.
 */
@WebServlet(CalendarFeedServlet.PATH + "*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/calendar/";
    private static final String SUFFIX = ".ics";

    @EJB
    private transient CalendarFeeds feeds;

    /** The address to subscribe to for a link's secret, from CRMIR_PUBLIC_URL; null when that is not set. */
    static String linkFor(String secret) {
        return PublicLinks.publicUrl().map(base -> base + PATH + secret + SUFFIX).orElse(null);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> feed = path == null || !path.endsWith(SUFFIX) ? Optional.empty()
                : feeds.feed(path.substring(1, path.length() - SUFFIX.length()));
        response.setHeader("Cache-Control", "private, no-cache");
        if (feed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This calendar link does not work: it was turned off or replaced. Make a new"
                    + " one on your CRMir profile page.");
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"crmir.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
