package org.crmir.figures;

import java.util.List;
import java.util.StringJoiner;

/**
 * A summary written as its columns: each key and measure a name and the SQL expression over the source row
 * ({@code src}) and its client ({@code c}) that fills it. The select groups by the key columns' positions, so
 * the table's key and the grouping cannot drift apart.
 */
abstract class GroupedSummary implements Summary {

    /** The client's owner as the summary tables key it: 0 for a client nobody owns. */
    static final String OWNER = "COALESCE(c.owner_id, 0)";

    /** Invoices with their clients, the source of the invoice summaries. */
    static final String INVOICES = "invoices src JOIN clients c ON c.id = src.client_id";
    /** Invoices' lines as well, for revenue per product or segment. */
    static final String LINES = INVOICES + " JOIN invoice_lines l ON l.invoice_id = src.id";
    /** Interactions with their clients. */
    static final String INTERACTIONS = "interactions src JOIN clients c ON c.id = src.client_id";
    /** Invoices that count as issued: neither drafts nor voided. */
    static final String ISSUED = "src.status NOT IN ('DRAFT', 'VOID')";
    /** A line's product, 0 for a line without one. */
    static final String PRODUCT = "COALESCE(l.product_id, 0)";
    /** A line's revenue before tax and after discount, and its quantity. */
    static final List<Column> LINE_REVENUE = List.of(
            new Column("net_amount", "SUM(l.line_subtotal - l.line_discount)"),
            new Column("quantity", "SUM(l.quantity)"));

    /**
     * How many rows a hot summary row is spread over. Every payment of a day (and every invoice paid in a month)
     * adds to the same row of its currency and owner, and an update holds that row's lock until its (XA) commit, so
     * concurrent payments queued on it one at a time (docs/PERFORMANCE-webhooks.md). With {@link #SLOT} in its key
     * each source row always adds to one of {@code SLOTS} rows, picked by its id; readers sum over them, as they
     * sum over owners. Four: the payment sessions (crmir.payments.sessions); each slot multiplies the rows a
     * reader of the table scans, so no more than the writers that can meet, and not on tables read whole: the
     * receivables, whose aging every dashboard reads over all open due dates, took 7.4 ms instead of 2.3 with
     * slots (docs/PERFORMANCE-dashboard.md). A change of this number needs a rebuild of the tables that use it
     * (POST /api/v1/figures/rebuild).
     */
    static final int SLOTS = 4;
    /** The key column that spreads a hot row over {@link #SLOTS} rows. */
    static final Column SLOT = new Column("slot", "MOD(src.id, " + SLOTS + ")");

    /** The first day of the month of a date column. */
    static String monthOf(String date) {
        return "DATE_SUB(" + date + ", INTERVAL DAYOFMONTH(" + date + ") - 1 DAY)";
    }

    /** One column of the table and the expression that fills it. */
    record Column(String name, String expression) {
    }

    private final String table;
    private final FigureSource source;
    private final String from;
    private final String condition;
    private final List<Column> keys;
    private final List<Column> measures;
    // Asked on every change of a source row: worked out once.
    private final List<String> keyNames;
    private final List<String> measureNames;
    private final boolean movesWhenPaid;

    GroupedSummary(String table, FigureSource source, String from, String condition, List<Column> keys,
            List<Column> measures) {
        this.table = table;
        this.source = source;
        this.from = from;
        this.condition = condition;
        this.keys = keys;
        this.measures = measures;
        this.keyNames = keys.stream().map(Column::name).toList();
        this.measureNames = measures.stream().map(Column::name).toList();
        this.movesWhenPaid = source == FigureSource.PAYMENT
                ? (condition + reads(keys, measures)).matches("(?s).*(allocated|open_credit).*")
                : !condition.equals(ISSUED) || reads(keys, measures).matches("(?s).*(paid|credited|status).*");
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public FigureSource source() {
        return source;
    }

    @Override
    public List<String> keys() {
        return keyNames;
    }

    @Override
    public List<String> measures() {
        return measureNames;
    }

    /**
     * An invoice counted as issued, by its dates, totals and lines, stays as it was when money is paid on it; any
     * other condition, or a column that reads what is paid, credited or the status, may move. A payment's
     * summary moves only if it reads what of the payment is allocated (its allocated total or open credit).
     */
    @Override
    public boolean movesWhenPaid() {
        return movesWhenPaid;
    }

    /** The expressions of the columns, one text, for the rules above. */
    private static String reads(List<Column> keys, List<Column> measures) {
        StringJoiner all = new StringJoiner(" ");
        keys.forEach(column -> all.add(column.expression()));
        measures.forEach(column -> all.add(column.expression()));
        return all.toString();
    }

    @Override
    public String select(String where) {
        StringJoiner selected = new StringJoiner(", ");
        StringJoiner grouped = new StringJoiner(", ");
        // By position: MariaDB's ONLY_FULL_GROUP_BY does not see "x COLLATE y" in GROUP BY as the selected one.
        for (int i = 0; i < keys.size(); i++) {
            selected.add(keys.get(i).expression());
            grouped.add(Integer.toString(i + 1));
        }
        measures.forEach(measure -> selected.add(measure.expression()));
        return "SELECT " + selected + " FROM " + from + " WHERE (" + where + ") AND " + condition
                + " GROUP BY " + grouped;
    }
}
