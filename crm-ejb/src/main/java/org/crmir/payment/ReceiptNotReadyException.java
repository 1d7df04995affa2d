package org.crmir.payment;

import jakarta.ejb.ApplicationException;

/** A receipt asked for while it is being prepared, or after it failed: the reader is told which, never an error. */
@ApplicationException(rollback = false)
public class ReceiptNotReadyException extends RuntimeException {

    private final transient ReceiptPdfService.ReceiptState state;

    public ReceiptNotReadyException(ReceiptPdfService.ReceiptState state) {
        super(state.words());
        this.state = state;
    }

    public ReceiptPdfService.ReceiptState state() {
        return state;
    }
}
