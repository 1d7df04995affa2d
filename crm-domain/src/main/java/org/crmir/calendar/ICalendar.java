package org.crmir.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The iCalendar text (RFC 5545) of a feed of all-day events, as Google Calendar, Outlook and Apple Calendar read a
 * subscribed calendar: CRLF line ends, lines folded at 75 octets without splitting a character, text values
 * escaped, each event with a stable UID and the time the feed was made (DTSTAMP).
 */
public final class ICalendar {

    /** Longest line, in octets, not counting its CRLF (RFC 5545, 3.1). */
    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** The whole file: a calendar called {@code name} holding {@code events}, made at {@code stamp}. */
    public static String of(String name, Instant stamp, List<DatedEvent> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CRMir//Calendar feed//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        // How often a subscribing app should read the feed again (Outlook reads the first, Apple the second).
        line(out, "X-PUBLISHED-TTL:PT1H");
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        String stamped = STAMP.format(stamp);
        for (DatedEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(event.uid()));
            line(out, "DTSTAMP:" + stamped);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            if (event.category() != null) {
                line(out, "CATEGORIES:" + escape(event.category()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "TRANSP:TRANSPARENT"); // a date to remember, not time the user is busy
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue; // CRLF is one line break
                    }
                    out.append("\\n");
                }
                default -> out.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * One content line, folded: at most 75 octets per physical line, each continuation starting with a space
     * (which counts), never splitting a character's UTF-8 octets.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String content) {
        out.append(fold(content)).append(CRLF);
    }
}
