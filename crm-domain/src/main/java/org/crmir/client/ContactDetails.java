package org.crmir.client;

/** Rules shared by the phone and email fields of clients and contacts. */
public final class ContactDetails {

    /** Digits with the usual separators and an optional leading plus; at least three digits. */
    public static final String PHONE_PATTERN = "^\\+?[0-9 ()./-]{3,39}$";
    public static final String PHONE_MESSAGE = "must be a phone number: digits, spaces, + ( ) . / - only";

    private ContactDetails() {
    }
}
