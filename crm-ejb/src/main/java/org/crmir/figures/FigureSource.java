package org.crmir.figures;

/** The table whose rows a summary adds up; the services name it when they change such rows. */
public enum FigureSource {
    INVOICE("invoices", true),
    CREDIT_NOTE("credit_notes", true),
    PAYMENT("payments", true),
    QUOTE("quotes", true),
    CONTRACT("contracts", true),
    INTERACTION("interactions", true),
    GATEWAY_EVENT("gateway_events", false);

    private final String table;
    private final boolean ofClient;

    FigureSource(String table, boolean ofClient) {
        this.table = table;
        this.ofClient = ofClient;
    }

    /** The source table, as the summaries' selects name it ({@code src}). */
    public String table() {
        return table;
    }

    /** Whether its rows belong to a client (a {@code src.client_id} column), so a client's figures can move. */
    public boolean ofClient() {
        return ofClient;
    }
}
