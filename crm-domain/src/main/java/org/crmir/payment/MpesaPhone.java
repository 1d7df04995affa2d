package org.crmir.payment;

import java.util.Objects;
import org.crmir.shared.InvalidInputException;

/**
 * A Kenyan mobile number as M-Pesa wants it: {@code 2547XXXXXXXX} or {@code 2541XXXXXXXX}, twelve digits. People
 * write {@code 0712 345 678}, {@code +254 712 345678} or {@code 254712345678}; all of those are accepted, with
 * spaces, dashes and dots between the digits. Anything else (another country, a landline, a short number) is
 * refused with a message that shows the expected form.
 */
public final class MpesaPhone {

    private final String msisdn;

    private MpesaPhone(String msisdn) {
        this.msisdn = msisdn;
    }

    /** The number in M-Pesa's form, or {@link InvalidInputException} on field {@code phone}. */
    public static MpesaPhone parse(String written) {
        String digits = written == null ? "" : written.strip().replaceAll("[\\s().-]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
            if (!digits.startsWith("254")) {
                throw refused();
            }
        }
        if (!digits.matches("\\d+")) {
            throw refused();
        }
        String national;
        if (digits.length() == 12 && digits.startsWith("254")) {
            national = digits.substring(3);
        } else if (digits.length() == 10 && digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw refused();
        }
        // Safaricom and the other mobile ranges start with 7 or 1 (07XX, 01XX); nothing else takes M-Pesa.
        if (national.charAt(0) != '7' && national.charAt(0) != '1') {
            throw refused();
        }
        return new MpesaPhone("254" + national);
    }

    private static InvalidInputException refused() {
        return new InvalidInputException("phone", "enter a Kenyan mobile number such as 0712 345 678 or"
                + " +254 712 345 678");
    }

    /** Twelve digits, {@code 2547XXXXXXXX} or {@code 2541XXXXXXXX}: PartyA and PhoneNumber of an STK Push. */
    public String msisdn() {
        return msisdn;
    }

    /** For screens: {@code 2547•••••678}. */
    public String masked() {
        return msisdn.substring(0, 4) + "•••••" + msisdn.substring(9);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MpesaPhone other && other.msisdn.equals(msisdn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(msisdn);
    }

    @Override
    public String toString() {
        return msisdn;
    }
}
