package org.crmir.payment;

/**
 * The AccountReference of an STK Push: what the payer's phone shows as "account". Daraja takes at most 12
 * characters, and invoice numbers are longer (INV-2026-000123), so the series is dropped when it must be
 * (2026-000123): the year and the number within it still name the invoice to the payer. The callback is matched
 * by its CheckoutRequestID, never by this text.
 */
public final class StkAccountReference {

    public static final int MAX_LENGTH = 12;

    private StkAccountReference() {
    }

    public static String of(String invoiceNumber) {
        if (invoiceNumber.length() <= MAX_LENGTH) {
            return invoiceNumber;
        }
        String withoutSeries = invoiceNumber.substring(invoiceNumber.indexOf('-') + 1);
        if (withoutSeries.length() <= MAX_LENGTH) {
            return withoutSeries;
        }
        return invoiceNumber.substring(invoiceNumber.length() - MAX_LENGTH);
    }
}
