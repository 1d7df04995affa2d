package org.crmir.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The feed's text as calendar apps read it: RFC 5545's lines, dates, escaping and folding. */
class ICalendarTest {

    private static final Instant MADE = Instant.parse("2026-12-02T10:15:30Z");

    @Test
    void anAllDayEventEndsTheNextDayAndCarriesItsLink() {
        String feed = ICalendar.of("CRMir: Sofia", MADE, List.of(new DatedEvent("contract-7-end@crmir",
                LocalDate.of(2027, 3, 31), "Ends: CT-2027-0007 Support, Acme", "Contract CT-2027-0007 ends",
                "https://crm.example/crmir/contract.xhtml?id=7", "Contract end")));
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), feed);
        assertTrue(feed.contains("\r\nX-WR-CALNAME:CRMir: Sofia\r\n"), feed);
        assertTrue(feed.contains("\r\nDTSTAMP:20261202T101530Z\r\n"), feed);
        assertTrue(feed.contains("\r\nDTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n"), feed);
        assertTrue(feed.contains("\r\nSUMMARY:Ends: CT-2027-0007 Support\\, Acme\r\n"), "commas escaped: " + feed);
        assertTrue(feed.contains("\r\nURL:https://crm.example/crmir/contract.xhtml?id=7\r\n"), feed);
        assertTrue(feed.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), feed);
        assertFalse(feed.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    }

    @Test
    void anEmptyFeedIsStillACalendar() {
        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRMir//Calendar feed//EN\r\nCALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\nX-WR-CALNAME:CRMir\r\nX-PUBLISHED-TTL:PT1H\r\n"
                + "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nEND:VCALENDAR\r\n", ICalendar.of("CRMir", MADE, List.of()));
    }

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\;b\\,c\\\\d\\ne\\nf", ICalendar.escape("a;b,c\\d\ne\r\nf"));
    }

    @Property
    void foldedLinesFitAndUnfoldToTheOriginal(@ForAll @StringLength(max = 400) String text) {
        String line = "DESCRIPTION:" + text.replace("\r", "").replace("\n", "");
        String folded = ICalendar.fold(line);
        for (String physical : folded.split("\r\n", -1)) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= ICalendar.MAX_LINE_OCTETS, physical);
        }
        assertEquals(line, folded.replace("\r\n ", ""), "unfolding (RFC 5545, 3.1) gives the line back");
    }

    @Property
    void escapedTextReadsBackAsWritten(@ForAll String text) {
        String escaped = ICalendar.escape(text);
        assertFalse(escaped.contains("\n") || escaped.contains("\r"), "no raw line break: " + escaped);
        // Line breaks come back as LF (CRLF and a lone CR alike); other control characters as spaces.
        StringBuilder expected = new StringBuilder();
        String breaks = text.replace("\r\n", "\n").replace('\r', '\n');
        breaks.chars().forEach(c -> expected.append(c != '\n' && c != '\t' && Character.isISOControl(c) ? ' '
                : (char) c));
        assertEquals(expected.toString(), unescape(escaped));
    }

    /** What a calendar app reads from an escaped TEXT value. */
    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
