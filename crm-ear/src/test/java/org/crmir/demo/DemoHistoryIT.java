package org.crmir.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.crmir.figures.FigureBook;
import org.crmir.support.AsAdmin;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo history in the real server, loaded twice beside whatever the test database holds (each load makes its
 * own clients): what a new user would find on every screen is there (invoices, quotes and contracts in each
 * state, payments by transfer, card and M-Pesa, client credit, conversations on every channel, a failed message,
 * a parked gateway event), dated within the two years, numbered in the year of their date, audited, with the
 * summary tables agreeing with the rows; and the two loads made the same history.
 */
@ExtendWith(ArquillianExtension.class)
class DemoHistoryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @EJB
    AsAdmin asAdmin;

    @EJB
    DemoHistory history;

    @EJB
    FigureBook figureBook;

    @Test
    void twoYearsOfHistoryFillEveryScreenTheSameWayEachTime() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String tag = Fixtures.unique();
        DemoHistory.DemoLoad first = asAdmin.call(() -> history.load(today, "A" + tag));
        DemoHistory.DemoLoad second = asAdmin.call(() -> history.load(today, "B" + tag));
        System.out.println("Demo history load times: " + first.millis() + " ms and " + second.millis() + " ms, "
                + first.steps() + " steps, " + first.clientIds().size() + " clients");
        String in = first.clientIds().stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));

        assertAll("what a new user finds",
                () -> assertEquals(all("draft", "issued", "partially_paid", "paid", "overdue", "void"),
                        present("SELECT LOWER(status) FROM invoices WHERE client_id IN " + in,
                                "draft", "issued", "partially_paid", "paid", "overdue", "void"),
                        "invoices in every status"),
                () -> assertEquals(all("draft", "sent", "accepted", "declined", "expired", "converted"),
                        present("SELECT LOWER(status) FROM quotes WHERE client_id IN " + in,
                                "draft", "sent", "accepted", "declined", "expired", "converted"),
                        "quotes in every status"),
                () -> assertEquals(all("bank_transfer", "card", "mobile_money"),
                        present("SELECT LOWER(method) FROM payments WHERE kind = 'PAYMENT' AND client_id IN " + in,
                                "bank_transfer", "card", "mobile_money"), "payments by transfer, card and M-Pesa"),
                () -> assertEquals(all("call", "meeting", "note", "email", "sms"),
                        present("SELECT LOWER(channel) FROM interactions WHERE client_id IN " + in,
                                "call", "meeting", "note", "email", "sms"), "conversations on every channel"),
                () -> assertEquals(all("draft", "active", "renewed", "terminated", "expired"),
                        present("SELECT LOWER(status) FROM contracts WHERE client_id IN " + in,
                                "draft", "active", "renewed", "terminated", "expired"), "contracts in every status"),
                () -> assertTrue(number("SELECT COUNT(*) FROM credit_notes WHERE client_id IN " + in) > 0,
                        "credit notes"),
                () -> assertTrue(number("SELECT COUNT(*) FROM payments WHERE kind = 'REFUND' AND client_id IN "
                        + in) > 0, "a refund"),
                () -> assertTrue(number("SELECT SUM(amount - allocated_total - refunded_total) FROM payments"
                        + " WHERE kind = 'PAYMENT' AND status = 'RECORDED' AND client_id IN " + in) > 0,
                        "client credit"),
                () -> assertTrue(number("SELECT COUNT(*) FROM contracts c WHERE c.previous_id IS NOT NULL"
                        + " AND c.status <> 'DRAFT' AND c.client_id IN " + in) >= 3,
                        "renewals and amendments are revisions"),
                () -> assertTrue(number("SELECT COUNT(*) FROM contract_milestones m JOIN contracts c"
                        + " ON c.id = m.contract_id WHERE c.client_id IN " + in) > 0, "important dates"),
                () -> assertTrue(number("SELECT COUNT(*) FROM contract_billed_periods b JOIN invoices i"
                        + " ON i.id = b.invoice_id WHERE i.client_id IN " + in) > 10, "recurring invoices"),
                () -> assertTrue(number("SELECT COUNT(DISTINCT owner_id) FROM clients WHERE id IN " + in) >= 4,
                        "clients owned by three sales people and the administrator"),
                () -> assertTrue(number("SELECT COUNT(*) FROM interactions WHERE occurred_at >= UTC_TIMESTAMP()"
                        + " - INTERVAL 7 DAY AND client_id IN " + in) > 5, "activity this week"));
        long invoices = number("SELECT COUNT(*) FROM invoices WHERE client_id IN " + in);
        assertTrue(invoices >= 150 && invoices <= 600, "a few hundred invoices, not thousands: " + invoices);

        // dated in the history, numbered in their own year, audited
        assertEquals(0, number("SELECT COUNT(*) FROM invoices WHERE client_id IN " + in + " AND (issue_date > '"
                + today + "' OR issue_date < '" + today.minusMonths(25) + "')"), "issue dates within two years");
        assertTrue(number("SELECT COUNT(*) FROM invoices WHERE client_id IN " + in + " AND issue_date < '"
                + today.minusMonths(12) + "'") > 30, "invoices issued a year ago and more");
        assertEquals(0, number("SELECT COUNT(*) FROM invoices WHERE client_id IN " + in + " AND number IS NOT NULL"
                + " AND number NOT LIKE CONCAT('%', YEAR(issue_date), '%')"), "numbers carry the year of issue");
        assertEquals(0, number("SELECT COUNT(*) FROM invoices i WHERE i.client_id IN " + in + " AND NOT EXISTS"
                + " (SELECT 1 FROM audit_events a WHERE a.entity_type = 'Invoice' AND a.entity_id = i.id)"),
                "every invoice audited");
        assertEquals(0, number("SELECT COUNT(*) FROM payments WHERE client_id IN " + in + " AND received_on > '"
                + today + "'"), "no payment in the future");
        assertEquals(0, number("SELECT COUNT(*) FROM notifications WHERE read_at IS NULL AND created_at < '"
                + today.minusDays(8) + "'"), "the bell holds the last week's news, not two years of it");
        assertTrue(number("SELECT COUNT(*) FROM notifications WHERE read_at IS NOT NULL") > 0,
                "older notifications count as read");

        // the one message that really left, and the gateway events, reach their end asynchronously
        Eventually.until(PATIENCE, () -> number("SELECT COUNT(*) FROM interactions WHERE status = 'FAILED'"
                + " AND client_id IN " + in), n -> n == 1);
        assertEquals(0, number("SELECT COUNT(*) FROM interactions WHERE status IN ('QUEUED', 'SENDING')"
                + " AND recipient NOT LIKE '%.invalid' AND client_id IN " + in), "replayed emails were not queued");
        String suffix = ("A" + tag).replaceAll("[^A-Za-z0-9]", "");
        assertEquals("FAILED", text("SELECT status FROM gateway_events WHERE event_id LIKE '%1422\\_" + suffix
                + "'"), "the parked M-Pesa callback");
        assertTrue(text("SELECT outcome FROM gateway_events WHERE event_id LIKE '%1422\\_" + suffix + "'")
                .startsWith("Failed after 5 attempts"), "parked with its last error");
        Eventually.until(PATIENCE, () -> text("SELECT status FROM gateway_events WHERE event_id LIKE '%0915\\_"
                + suffix + "'"), "REJECTED"::equals);

        // finance's reports: runs of several reports and formats, by finance and the administrator, rendered by the
        // report queue into downloadable outputs; finance's schedules, paused (the demo has no mail server)
        String runs = first.reportRunIds().stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        assertTrue(first.reportRunIds().size() >= 6, "a handful of report runs: " + first.reportRunIds());
        Eventually.until(PATIENCE, () -> number("SELECT COUNT(*) FROM report_runs WHERE status = 'DONE'"
                + " AND size_bytes > 0 AND id IN " + runs), n -> n == first.reportRunIds().size());
        assertAll("report runs",
                () -> assertTrue(number("SELECT COUNT(DISTINCT report) FROM report_runs WHERE id IN " + runs) >= 6,
                        "different reports"),
                () -> assertEquals(3, number("SELECT COUNT(DISTINCT format) FROM report_runs WHERE id IN " + runs),
                        "PDF, XLSX and CSV"),
                () -> assertEquals(1, number("SELECT COUNT(*) FROM report_runs WHERE requested_by = 'admin'"
                        + " AND id IN " + runs), "one run by the administrator"),
                () -> assertEquals(first.reportRunIds().size() - 1, number("SELECT COUNT(*) FROM report_runs"
                        + " WHERE requested_by = 'daniel' AND id IN " + runs), "the others by finance"),
                () -> assertEquals(first.reportRunIds().size(), number("SELECT COUNT(*) FROM report_runs WHERE id IN "
                        + runs + " AND requested_at BETWEEN '" + today.minusDays(60) + "' AND UTC_TIMESTAMP()"),
                        "asked for in the last weeks of the history"));
        String schedules = first.reportScheduleIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",", "(", ")"));
        assertAll("report schedules",
                () -> assertEquals(3, first.reportScheduleIds().size(), "three schedules"),
                () -> assertEquals(3, number("SELECT COUNT(*) FROM report_schedules WHERE NOT active"
                        + " AND next_run_at IS NULL AND owner = 'daniel' AND id IN " + schedules),
                        "finance's, paused"),
                () -> assertEquals(0, number("SELECT COUNT(*) FROM report_runs WHERE schedule_id IN " + schedules),
                        "none has fired"));

        // receipts are prepared after each payment's commit, and their emails move the figures: wait for them
        String both = Stream.concat(first.clientIds().stream(), second.clientIds().stream()).map(String::valueOf)
                .collect(Collectors.joining(",", "(", ")"));
        Eventually.until(Duration.ofSeconds(300), () -> number("SELECT COUNT(*) FROM payment_receipts r JOIN payments p"
                + " ON p.id = r.payment_id WHERE r.status <> 'READY' AND p.client_id IN " + both), n -> n == 0);
        assertEquals(number("SELECT COUNT(*) FROM payments WHERE kind = 'PAYMENT' AND client_id IN " + in),
                number("SELECT COUNT(*) FROM payment_receipts r JOIN payments p ON p.id = r.payment_id"
                        + " WHERE p.client_id IN " + in), "one receipt per payment");
        assertEquals(0, number("SELECT COUNT(*) FROM interactions WHERE status IN ('QUEUED', 'SENDING')"
                + " AND recipient NOT LIKE '%.invalid' AND client_id IN " + in), "replayed receipts were not queued");
        assertEquals(List.of(), asAdmin.call(() -> figureBook.check()), "summary tables agree with the rows");

        String other = second.clientIds().stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        assertEquals(shape(in), shape(other), "the second load made the same history");
    }

    private static Map<String, Boolean> all(String... values) {
        Map<String, Boolean> all = new TreeMap<>();
        for (String value : values) {
            all.put(value, true);
        }
        return all;
    }

    /** Which of {@code expected} the query's single column holds. */
    private static Map<String, Boolean> present(String query, String... expected) throws Exception {
        List<String> values = column(query);
        Map<String, Boolean> found = new TreeMap<>();
        for (String value : expected) {
            found.put(value, values.contains(value));
        }
        return found;
    }

    /** Counts and sums per status and kind: what the lists and the dashboard show of one load. */
    private static Map<String, List<String>> shape(String in) throws Exception {
        Map<String, List<String>> shape = new TreeMap<>();
        shape.put("invoices", rows("SELECT status, currency, COUNT(*), SUM(total), SUM(paid_total),"
                + " SUM(credited_total) FROM invoices WHERE client_id IN " + in + " GROUP BY status, currency"
                + " ORDER BY status, currency"));
        shape.put("quotes", rows("SELECT status, currency, COUNT(*), SUM(total) FROM quotes WHERE client_id IN " + in
                + " GROUP BY status, currency ORDER BY status, currency"));
        shape.put("payments", rows("SELECT kind, method, currency, COUNT(*), SUM(amount), SUM(allocated_total)"
                + " FROM payments WHERE client_id IN " + in + " GROUP BY kind, method, currency"
                + " ORDER BY kind, method, currency"));
        shape.put("contracts", rows("SELECT status, revision, COUNT(*), SUM(contract_value) FROM contracts"
                + " WHERE client_id IN " + in + " GROUP BY status, revision ORDER BY status, revision"));
        shape.put("interactions", rows("SELECT channel, direction, COUNT(*) FROM interactions WHERE client_id IN "
                + in + " GROUP BY channel, direction ORDER BY channel, direction"));
        return shape;
    }

    private static List<String> rows(String query) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : " | ").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private static List<String> column(String query) throws Exception {
        return rows(query);
    }

    private static long number(String query) throws Exception {
        String value = rows(query).get(0);
        return value == null || "null".equals(value) ? 0 : new java.math.BigDecimal(value).signum() > 0
                ? new java.math.BigDecimal(value).setScale(0, java.math.RoundingMode.UP).longValueExact() : 0;
    }

    private static String text(String query) throws Exception {
        List<String> values = rows(query);
        return values.isEmpty() ? null : values.get(0);
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }
}
