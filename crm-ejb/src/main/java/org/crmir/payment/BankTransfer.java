package org.crmir.payment;

import java.io.Serializable;
import org.crmir.settings.BankDetails;

/**
 * What a payer needs to pay an invoice by bank transfer: the seller's account, the reference to quote (the
 * invoice number) and the seller's own instructions, if any. {@code account} may not be set: then only the
 * instructions and the seller's contact details can help.
 */
public record BankTransfer(BankDetails account, String reference, String instructions, String companyEmail,
        String companyPhone) implements Serializable {

    public BankDetails getAccount() { return account; }
    public String getReference() { return reference; }
    public String getInstructions() { return instructions; }
    public String getCompanyEmail() { return companyEmail; }
    public String getCompanyPhone() { return companyPhone; }

    /** The payer can transfer money: an account number is given. */
    public boolean isAvailable() {
        return account.isSet();
    }
}
