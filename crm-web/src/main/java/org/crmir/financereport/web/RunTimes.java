package org.crmir.financereport.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.crmir.financereport.ReportParameters;

/**
 * The moments and days of the reports page in the user's locale and time zone: "1 Dec 2026, 23:40 CET". The time
 * zone is the browser's, which {@code crmir/time-zone.js} tells the server in the cookie {@value #COOKIE}; until
 * the browser has sent it (its first page), times are in UTC and say so.
 */
final class RunTimes {

    static final String COOKIE = "crmir_tz";
    /** UTC by its name, which a time prints as "UTC" (an offset prints as "Z"). */
    static final ZoneId UTC = ZoneId.of("UTC");

    private final Locale locale;
    private final ZoneId zone;

    RunTimes(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    /** For the current request: the view's locale and the browser's time zone (UTC when not known). */
    static RunTimes ofView(Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object cookie = faces == null ? null : faces.getExternalContext().getRequestCookieMap().get(COOKIE);
        return new RunTimes(locale, zoneOf(cookie instanceof Cookie c ? c.getValue() : null));
    }

    /** The zone a cookie names (URL-encoded, as the script writes it), or UTC for none or one that is no zone. */
    static ZoneId zoneOf(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return UTC;
        }
        try {
            return ZoneId.of(URLDecoder.decode(cookieValue, StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException e) {
            return UTC;
        }
    }

    /** A moment to the minute, with its zone: "Dec 1, 2026, 11:40 PM CET". */
    String moment(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at) + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(at);
    }

    /** A run's parameters for people: "EUR, Jan 1, 2026 to Jan 31, 2026, client #7" or "EUR, as of Dec 1, 2026". */
    String parameters(ReportParameters p) {
        return p.describe(locale);
    }
}
