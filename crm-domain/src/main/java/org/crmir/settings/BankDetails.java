package org.crmir.settings;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.crmir.shared.Text;

/**
 * The seller's bank account, for clients who pay by bank transfer: printed on invoices and shown on the pay page.
 * Set once the account number is given; the other parts help the payer's bank but are not required.
 */
public record BankDetails(String bankName, String accountHolder, String accountNumber, String bic)
        implements Serializable {

    public BankDetails {
        bankName = Text.clean(bankName);
        accountHolder = Text.clean(accountHolder);
        accountNumber = Text.clean(accountNumber);
        bic = bic == null ? null : Text.clean(bic.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    public static BankDetails none() {
        return new BankDetails(null, null, null, null);
    }

    /** A payer can transfer money: there is an account number to send it to. */
    public boolean isSet() {
        return accountNumber != null;
    }

    /**
     * Why the account number cannot be an IBAN it looks like (two letters and two check digits, then 11 to 30
     * letters or digits): its check digits do not match (ISO 13616, mod 97). Other account numbers are taken as
     * typed: many countries have no IBAN.
     */
    public Optional<String> ibanProblem() {
        if (accountNumber == null) {
            return Optional.empty();
        }
        String compact = accountNumber.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1 ? Optional.empty()
                : Optional.of("looks like an IBAN but its check digits do not match; check it for a typing error");
    }

    /** The account as lines for a document: only the parts that are given. */
    public String describe() {
        StringJoiner lines = new StringJoiner("\n");
        if (accountHolder != null) {
            lines.add("Account holder: " + accountHolder);
        }
        if (bankName != null) {
            lines.add("Bank: " + bankName);
        }
        if (accountNumber != null) {
            lines.add("IBAN / account number: " + accountNumber);
        }
        if (bic != null) {
            lines.add("SWIFT/BIC: " + bic);
        }
        return lines.toString();
    }

    public String getBankName() { return bankName; }
    public String getAccountHolder() { return accountHolder; }
    public String getAccountNumber() { return accountNumber; }
    public String getBic() { return bic; }
}
