package org.crmir.payment;

/** How the money arrived. */
public enum PaymentMethod {
    CASH, BANK_TRANSFER, CHEQUE, CARD, MOBILE_MONEY
}
