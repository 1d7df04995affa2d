package org.crmir.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What happened to a record that other systems may want to hear of, by the name they see (as Stripe names its
 * events). Features fire a {@code BusinessEvent} of one of these in the transaction of the change.
 */
public enum BusinessEventType {
    CLIENT_CREATED("client.created", "clients", "A client is created"),
    QUOTE_ACCEPTED("quote.accepted", "quotes", "A quote is accepted"),
    INVOICE_ISSUED("invoice.issued", "invoices", "An invoice is issued"),
    INVOICE_PAID("invoice.paid", "invoices", "An invoice is paid in full"),
    INVOICE_VOIDED("invoice.voided", "invoices", "An invoice is voided"),
    CREDIT_NOTE_ISSUED("credit_note.issued", "credit-notes", "A credit note is issued"),
    PAYMENT_RECORDED("payment.recorded", "payments", "A payment is recorded"),
    PAYMENT_REFUNDED("payment.refunded", "payments", "A payment is refunded"),
    CONTRACT_RENEWED("contract.renewed", "contracts", "A contract renews"),
    CONTRACT_EXPIRED("contract.expired", "contracts", "A contract expires");

    private final String wireName;
    private final String apiCollection;
    private final String description;

    BusinessEventType(String wireName, String apiCollection, String description) {
        this.wireName = wireName;
        this.apiCollection = apiCollection;
        this.description = description;
    }

    /** The record's kind, as the first part of the name says: client, invoice, credit_note … */
    public String objectName() {
        int dot = wireName.indexOf('.');
        return dot < 0 ? wireName : wireName.substring(0, dot);
    }

    /** Where the API serves the record: {@code /api/v1/<collection>/<id>}. */
    public String apiCollection() {
        return apiCollection;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    /** The type a receiver or an administrator names; anything else is refused with the names that exist. */
    public static BusinessEventType fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("events", "\"" + name + "\" is not an event type; use "
                        + Arrays.stream(values()).map(BusinessEventType::wireName).collect(Collectors.joining(", "))
                        + "."));
    }
}
