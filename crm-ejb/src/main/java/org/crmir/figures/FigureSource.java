package org.crmir.figures;

/** The table whose rows a summary adds up; the services name it when they change such rows. */
public enum FigureSource {
    INVOICE(true),
    CREDIT_NOTE(true),
    PAYMENT(true),
    QUOTE(true),
    CONTRACT(true),
    INTERACTION(true),
    GATEWAY_EVENT(false);

    private final boolean ofClient;

    FigureSource(boolean ofClient) {
        this.ofClient = ofClient;
    }

    /** Whether its rows belong to a client (a {@code src.client_id} column), so a client's figures can move. */
    public boolean ofClient() {
        return ofClient;
    }
}
