package org.crmir.financereport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmir.figures.DaysSalesOutstanding;
import org.crmir.figures.MonthlyValue;
import org.crmir.figures.SettledInvoicesSummary;

/**
 * The one select of each report, its columns named as the template's fields. The totals a report prints are the
 * sums of these columns over the rows, so the same select summed in SQL gives the same totals (the tests do that).
 * Open invoices are ISSUED, PARTIALLY_PAID or OVERDUE, at what is still due: total less credited less paid.
 */
public final class ReportSql {

    static final String OPEN = "i.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')";
    static final String OUTSTANDING = "(i.total - i.credited_total - i.paid_total)";
    /**
     * The tax in a credit note: its invoice's share of tax (tax ÷ total) of the amount credited, at the stored
     * amounts' four decimals; none for an invoice of no total.
     */
    static final String CREDITED_TAX = "CASE WHEN i.total = 0 THEN 0 ELSE ROUND(cn.amount * i.tax_total / i.total, 4)"
            + " END";
    /** A contract's last day in force: the day it ended (terminated early, expired, renewed) or its end date. */
    static final String CONTRACT_LAST_DAY = "COALESCE(src.ended_on, src.end_date)";
    /**
     * What comes at a contract's end, in words: its renewal (the next term's first day), its replacement by an
     * amendment (the next revision, {@code nx}, from its first day), or its end.
     */
    static final String RENEWAL_OR_END = "CASE WHEN nx.id IS NOT NULL THEN CONCAT('Replaced by revision ', nx.revision,"
            + " ' from ', nx.start_date) WHEN src.status = 'ACTIVE' AND src.auto_renew THEN CONCAT('Renews on ',"
            + " src.end_date + INTERVAL 1 DAY, ' for ', src.renewal_months, IF(src.renewal_months = 1, ' month',"
            + " ' months')) WHEN src.status = 'ACTIVE' THEN CONCAT('Ends on ', src.end_date)"
            + " ELSE CONCAT('Ended on ', src.ended_on) END";
    /** A contract's value per month by the dashboard's rule, at the cents it is printed with (rows add up). */
    static final String MONTHLY_PRINTED = "ROUND(" + MonthlyValue.SQL + ", 2)";
    /** Days from issue to payment, as the dashboard counts them (paid in advance: 0 days). */
    static final String DAYS_TO_PAY = SettledInvoicesSummary.daysToPay("i");

    private final String sql;
    private final List<Object> values;

    private ReportSql(String sql, List<Object> values) {
        this.sql = sql;
        this.values = values;
    }

    /**
     * The select of {@code report} for {@code p} (checked), aging counted on the day {@code p} is as of (the day
     * the run was asked for), or on {@code today} for a run stored without one.
     */
    public static ReportSql of(FinanceReport report, ReportParameters p, LocalDate today) {
        List<Object> values = new ArrayList<>();
        LocalDate asOf = p.asOfOr(today);
        String sql = switch (report) {
            case AGED_RECEIVABLES -> {
                LocalDate d30 = asOf.minusDays(30);
                LocalDate d60 = asOf.minusDays(60);
                LocalDate d90 = asOf.minusDays(90);
                values.addAll(List.of(asOf, asOf, d30, d30, d60, d60, d90, d90, p.currency()));
                yield "SELECT c.name AS client,"
                        + " SUM(CASE WHEN i.due_date >= ? THEN " + OUTSTANDING + " ELSE 0 END) AS current_amount,"
                        + bucket("days_1_30") + bucket("days_31_60") + bucket("days_61_90")
                        + " SUM(CASE WHEN i.due_date < ? THEN " + OUTSTANDING + " ELSE 0 END) AS over_90,"
                        + " SUM(" + OUTSTANDING + ") AS total_open"
                        + " FROM invoices i JOIN clients c ON c.id = i.client_id"
                        + " WHERE " + OPEN + " AND i.currency = ?" + client(p, "i", values)
                        + " GROUP BY c.id, c.name ORDER BY c.name, c.id";
            }
            case INVOICE_REGISTER -> {
                period(p, values);
                values.add(p.currency());
                // The status in words for people; its code only for the totals' condition (voided ones left out).
                yield "SELECT i.number, i.issue_date, c.name AS client, " + words("i.status", "ISSUED", "Issued",
                        "PARTIALLY_PAID", "Partially paid", "PAID", "Paid", "OVERDUE", "Overdue", "VOID", "Void")
                        + " AS status, i.status AS status_code,"
                        + " i.subtotal - i.discount_total AS net, i.tax_total AS tax, i.total,"
                        + " i.credited_total AS credited, i.paid_total AS paid,"
                        + " CASE WHEN " + OPEN + " THEN " + OUTSTANDING + " ELSE 0 END AS outstanding"
                        + " FROM invoices i JOIN clients c ON c.id = i.client_id"
                        + " WHERE i.issue_date BETWEEN ? AND ? AND i.status <> 'DRAFT' AND i.currency = ?"
                        + client(p, "i", values) + " ORDER BY i.issue_date, i.id";
            }
            case PAYMENTS_RECEIVED -> {
                period(p, values);
                values.add(p.currency());
                yield "SELECT " + words("p.method", "CASH", "Cash", "BANK_TRANSFER", "Bank transfer", "CHEQUE",
                        "Cheque", "CARD", "Card", "MOBILE_MONEY", "Mobile money") + " AS method,"
                        + " COALESCE((SELECT MIN(g.gateway) FROM gateway_events g WHERE g.payment_id = p.id),"
                        + " 'none') AS gateway, " + words("p.kind", "PAYMENT", "Payment", "REFUND", "Refund")
                        + " AS kind, COUNT(*) AS payments, SUM(p.amount) AS amount"
                        + " FROM payments p WHERE p.status = 'RECORDED' AND p.received_on BETWEEN ? AND ?"
                        + " AND p.currency = ?" + client(p, "p", values)
                        + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
            }
            case TAX_SUMMARY -> {
                period(p, values);
                values.add(p.currency());
                String invoiced = "SELECT l.tax_rate AS tax_rate, COUNT(DISTINCT i.id) AS invoices,"
                        + " SUM(l.line_subtotal - l.line_discount) AS taxable, SUM(l.line_tax) AS tax,"
                        + " SUM(l.line_total) AS total"
                        + " FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                        + " WHERE i.issue_date BETWEEN ? AND ? AND i.status NOT IN ('DRAFT', 'VOID')"
                        + " AND i.currency = ?" + client(p, "i", values)
                        + " GROUP BY l.tax_rate";
                // Credit notes issued in the period, deducted on one line without a rate (a credit note is an
                // amount, not lines): its tax is its invoice's share of tax, so the total tax is what is due.
                period(p, values);
                values.add(p.currency());
                String credited = "SELECT NULL, COUNT(*), -SUM(cn.amount - " + CREDITED_TAX + "),"
                        + " -SUM(" + CREDITED_TAX + "), -SUM(cn.amount)"
                        + " FROM credit_notes cn JOIN invoices i ON i.id = cn.invoice_id"
                        + " WHERE cn.issue_date BETWEEN ? AND ? AND cn.currency = ?" + client(p, "cn", values)
                        + " HAVING COUNT(*) > 0";
                yield "SELECT t.tax_rate, t.invoices, t.taxable, t.tax, t.total FROM (" + invoiced + " UNION ALL "
                        + credited + ") t ORDER BY t.tax_rate IS NULL, t.tax_rate";
            }
            case CREDIT_NOTES -> {
                period(p, values);
                values.add(p.currency());
                yield "SELECT cn.number, cn.issue_date, i.number AS invoice, c.name AS client, cn.reason, cn.amount"
                        + " FROM credit_notes cn JOIN invoices i ON i.id = cn.invoice_id"
                        + " JOIN clients c ON c.id = cn.client_id"
                        + " WHERE cn.issue_date BETWEEN ? AND ? AND cn.currency = ?" + client(p, "cn", values)
                        + " ORDER BY cn.issue_date, cn.id";
            }
            case SALES_BY_CLIENT -> {
                period(p, values);
                values.add(p.currency());
                yield "SELECT c.name AS client, COUNT(*) AS invoices, SUM(i.subtotal - i.discount_total) AS net,"
                        + " SUM(i.tax_total) AS tax, SUM(i.total) AS total"
                        + " FROM invoices i JOIN clients c ON c.id = i.client_id"
                        + " WHERE i.issue_date BETWEEN ? AND ? AND i.status NOT IN ('DRAFT', 'VOID')"
                        + " AND i.currency = ?" + client(p, "i", values)
                        + " GROUP BY c.id, c.name ORDER BY c.name, c.id";
            }
            case SALES_BY_PRODUCT -> {
                period(p, values);
                values.add(p.currency());
                yield "SELECT COALESCE(MIN(pr.name), 'Without a catalog product') AS product, COUNT(*) AS line_count,"
                        + " SUM(l.line_subtotal - l.line_discount) AS net, SUM(l.line_tax) AS tax,"
                        + " SUM(l.line_total) AS total"
                        + " FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                        + " LEFT JOIN products pr ON pr.id = l.product_id"
                        + " WHERE i.issue_date BETWEEN ? AND ? AND i.status NOT IN ('DRAFT', 'VOID')"
                        + " AND i.currency = ?" + client(p, "i", values)
                        + " GROUP BY l.product_id ORDER BY l.product_id IS NULL, 1";
            }
            case SALES_BY_MONTH -> {
                period(p, values);
                values.add(p.currency());
                yield "SELECT DATE_FORMAT(i.issue_date, '%Y-%m') AS month, COUNT(*) AS invoices,"
                        + " SUM(i.subtotal - i.discount_total) AS net, SUM(i.tax_total) AS tax, SUM(i.total) AS total"
                        + " FROM invoices i"
                        + " WHERE i.issue_date BETWEEN ? AND ? AND i.status NOT IN ('DRAFT', 'VOID')"
                        + " AND i.currency = ?" + client(p, "i", values)
                        + " GROUP BY 1 ORDER BY 1";
            }
            case OPEN_QUOTES -> {
                values.add(p.currency());
                yield "SELECT COALESCE(q.number, CONCAT('draft #', q.id)) AS number, c.name AS client, "
                        + words("q.status", "DRAFT", "Draft", "SENT", "Sent", "ACCEPTED", "Accepted")
                        + " AS status, DATE(q.created_at) AS created, q.valid_until, q.total"
                        + " FROM quotes q JOIN clients c ON c.id = q.client_id"
                        + " WHERE q.status IN ('DRAFT', 'SENT', 'ACCEPTED') AND q.currency = ?"
                        + client(p, "q", values) + " ORDER BY q.valid_until, q.id";
            }
            case COLLECTION_PERFORMANCE -> {
                period(p, values);
                values.add(p.currency());
                yield "SELECT c.name AS client, COUNT(*) AS invoices,"
                        + " SUM(CASE WHEN i.paid_on > i.due_date THEN 1 ELSE 0 END) AS paid_late,"
                        + " SUM(i.total) AS amount, CAST(SUM(" + DAYS_TO_PAY + ") AS SIGNED) AS days_to_pay,"
                        + " AVG(" + DAYS_TO_PAY + ") AS average_days"
                        + " FROM invoices i JOIN clients c ON c.id = i.client_id"
                        + " WHERE i.status = 'PAID' AND i.paid_on BETWEEN ? AND ? AND i.currency = ?"
                        + client(p, "i", values) + " GROUP BY c.id, c.name ORDER BY c.name, c.id";
            }
            case CONTRACT_RENEWALS -> {
                // Totalled: only the revisions in force on the period's last day (the recurring revenue of that
                // day), so a renewal's two terms, an amendment's two revisions and a terminated contract's unserved
                // value never add up. Values: the last day seven times, then the period's overlap.
                values.addAll(List.of(p.to(), p.to(), p.to(), p.to(), p.to(), p.to(), p.to(), p.to(), p.from(),
                        p.currency()));
                String inForceAtEnd = "src.start_date <= ? AND " + CONTRACT_LAST_DAY + " >= ?";
                yield "SELECT c.name AS client, src.number AS contract, src.title, CASE WHEN nx.id IS NOT NULL"
                        + " THEN 'Replaced' ELSE " + words("src.status", "ACTIVE", "Active", "RENEWED", "Renewed",
                        "TERMINATED", "Terminated", "EXPIRED", "Expired") + " END AS status, src.start_date,"
                        + " src.end_date, src.notice_deadline, " + RENEWAL_OR_END + " AS renewal_or_end,"
                        + " src.contract_value, " + MONTHLY_PRINTED + " AS monthly_value,"
                        + " CASE WHEN " + inForceAtEnd + " THEN src.contract_value ELSE 0 END AS value_at_end,"
                        + " CASE WHEN " + inForceAtEnd + " THEN " + MONTHLY_PRINTED + " ELSE 0 END AS monthly_at_end,"
                        + " CASE WHEN " + inForceAtEnd + " THEN 1 ELSE 0 END AS in_force_at_end,"
                        + " CAST(? AS DATE) AS last_day"
                        + " FROM contracts src JOIN clients c ON c.id = src.client_id"
                        // The amendment that replaced this revision (a renewal's next term is no replacement).
                        + " LEFT JOIN contracts nx ON src.status = 'TERMINATED' AND nx.previous_id = src.id"
                        + " AND nx.status <> 'DRAFT'"
                        + " WHERE src.status <> 'DRAFT' AND src.start_date <= ? AND " + CONTRACT_LAST_DAY + " >= ?"
                        + " AND src.currency = ?" + client(p, "src", values)
                        + " ORDER BY src.end_date, c.name, src.id";
            }
        };
        return new ReportSql(sql, values);
    }

    /**
     * What days sales outstanding on {@code day} is made of, as the dashboard reads it, for the currency and client
     * of {@code p}: what is still due on open invoices, and what was invoiced (neither drafts nor voided) in the
     * {@link DaysSalesOutstanding#DAYS} days up to {@code day}.
     */
    static ReportSql salesOutstanding(ReportParameters p, LocalDate day) {
        List<Object> values = new ArrayList<>(List.of(DaysSalesOutstanding.windowStart(day), day, p.currency()));
        String sql = "SELECT COALESCE(SUM(CASE WHEN " + OPEN + " THEN " + OUTSTANDING + " ELSE 0 END), 0) AS outstanding,"
                + " COALESCE(SUM(CASE WHEN i.status NOT IN ('DRAFT', 'VOID') AND i.issue_date BETWEEN ? AND ?"
                + " THEN i.total ELSE 0 END), 0) AS invoiced FROM invoices i WHERE i.currency = ?"
                + client(p, "i", values);
        return new ReportSql(sql, values);
    }

    /** Days late within a range: due before its first bound and on or after its second. */
    private static String bucket(String name) {
        return " SUM(CASE WHEN i.due_date < ? AND i.due_date >= ? THEN " + OUTSTANDING + " ELSE 0 END) AS " + name
                + ",";
    }

    private static void period(ReportParameters p, List<Object> values) {
        values.add(p.from());
        values.add(p.to());
    }

    private static String client(ReportParameters p, String alias, List<Object> values) {
        if (p.clientId() == null) {
            return "";
        }
        values.add(p.clientId());
        return " AND " + alias + ".client_id = ?";
    }

    /** A CASE that turns an enum's code into its word, so that the report reads as the screens do. */
    private static String words(String column, String... codeAndWord) {
        StringBuilder sql = new StringBuilder("CASE " + column);
        for (int k = 0; k < codeAndWord.length; k += 2) {
            sql.append(" WHEN '").append(codeAndWord[k]).append("' THEN '").append(codeAndWord[k + 1]).append('\'');
        }
        return sql.append(" ELSE ").append(column).append(" END").toString();
    }

    public String sql() {
        return sql;
    }

    /** How many values it binds, in order. */
    int valueCount() {
        return values.size();
    }

    /** The values it binds, in order. */
    List<Object> values() {
        return List.copyOf(values);
    }

    /**
     * The select prepared to stream: forward-only and read-only with Connector/J's row-by-row fetch size, so the
     * rows come one at a time however many there are (the connection serves nothing else until they are read).
     */
    public PreparedStatement streaming(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(Integer.MIN_VALUE);
        bind(statement);
        return statement;
    }

    /** Binds the values, in order. */
    public void bind(PreparedStatement statement) throws SQLException {
        for (int k = 0; k < values.size(); k++) {
            Object value = values.get(k);
            if (value instanceof LocalDate day) {
                statement.setDate(k + 1, Date.valueOf(day));
            } else {
                statement.setObject(k + 1, value);
            }
        }
    }
}
