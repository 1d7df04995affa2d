package org.crmir.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmir.shared.Text;

/** The one row of company details that documents print, and the invoice series in use. */
@Entity
@Table(name = "company_settings")
public class CompanySettings implements Serializable {

    public static final long THE_ONLY_ID = 1L;

    /** The name a new installation starts with (V5), until an administrator gives the real one. */
    public static final String PLACEHOLDER_NAME = "Your Company";

    @Id
    private Long id;

    @NotBlank(message = "Company name is required")
    @Size(max = 200)
    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Size(max = 500)
    @Column(length = 500)
    private String address;

    @Size(max = 40)
    @Column(name = "tax_id", length = 40)
    private String taxId;

    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 40)
    @Column(length = 40)
    private String phone;

    @Size(max = 1000)
    @Column(name = "payment_instructions", length = 1000)
    private String paymentInstructions;

    @Size(max = 200)
    @Column(name = "bank_name", length = 200)
    private String bankName;

    @Size(max = 200)
    @Column(name = "bank_account_holder", length = 200)
    private String bankAccountHolder;

    @Size(max = 64)
    @Column(name = "bank_account_number", length = 64)
    private String bankAccountNumber;

    @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be 8 or 11 letters and digits, such as"
            + " DEUTDEFF or DEUTDEFF500")
    @Column(name = "bank_bic", length = 11)
    private String bankBic;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 capital letters, such as INV")
    @Column(name = "invoice_series", nullable = false, length = 10)
    private String invoiceSeries;

    /** Payment receipts also go to the client's phone by SMS (when this server can send SMS). */
    @Column(name = "receipts_by_sms", nullable = false)
    private boolean receiptsBySms;

    /** The days after the due date clients are reminded of an unpaid invoice ({@link ReminderSchedule}). */
    @Column(name = "reminder_days", nullable = false, length = ReminderSchedule.STORED_LENGTH)
    private String reminderDays = "";

    /** Payment reminders also go to the client's phone by SMS (when this server can send SMS). */
    @Column(name = "reminders_by_sms", nullable = false)
    private boolean remindersBySms;

    @Version
    private long version;

    protected CompanySettings() {
    }

    public void update(String name, String newAddress, String newTaxId, String newEmail, String newPhone,
            String instructions, String series, BankDetails bank) {
        this.companyName = Text.clean(name);
        this.address = Text.clean(newAddress);
        this.taxId = Text.clean(newTaxId);
        this.email = Text.clean(newEmail);
        this.phone = Text.clean(newPhone);
        this.paymentInstructions = Text.clean(instructions);
        this.invoiceSeries = series == null ? null : series.strip().toUpperCase(java.util.Locale.ROOT);
        BankDetails account = bank == null ? BankDetails.none() : bank;
        this.bankName = account.bankName();
        this.bankAccountHolder = account.accountHolder();
        this.bankAccountNumber = account.accountNumber();
        this.bankBic = account.bic();
    }

    /** The real company name was given: documents no longer say "Your Company". */
    public boolean isNamed() {
        return companyName != null && !PLACEHOLDER_NAME.equalsIgnoreCase(companyName.strip());
    }

    public BankDetails getBankDetails() {
        return new BankDetails(bankName, bankAccountHolder, bankAccountNumber, bankBic);
    }

    public void textReceipts(boolean on) {
        this.receiptsBySms = on;
    }

    public boolean isReceiptsBySms() {
        return receiptsBySms;
    }

    public void remindOfUnpaidInvoices(ReminderSchedule schedule, boolean alsoBySms) {
        this.reminderDays = schedule.stored();
        this.remindersBySms = alsoBySms;
    }

    public ReminderSchedule getReminderSchedule() {
        return ReminderSchedule.parse("reminderDays", reminderDays);
    }

    public boolean isRemindersBySms() {
        return remindersBySms;
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", companyName);
        fields.put("address", address);
        fields.put("taxId", taxId);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("paymentInstructions", paymentInstructions);
        fields.put("invoiceSeries", invoiceSeries);
        fields.put("bankName", bankName);
        fields.put("bankAccountHolder", bankAccountHolder);
        fields.put("bankAccountNumber", bankAccountNumber);
        fields.put("bankBic", bankBic);
        fields.put("receiptsBySms", Boolean.toString(receiptsBySms));
        fields.put("reminderDays", reminderDays);
        fields.put("remindersBySms", Boolean.toString(remindersBySms));
        return fields;
    }

    public Long getId() { return id; }
    public String getCompanyName() { return companyName; }
    public String getAddress() { return address; }
    public String getTaxId() { return taxId; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getPaymentInstructions() { return paymentInstructions; }
    public String getInvoiceSeries() { return invoiceSeries; }
    public long getVersion() { return version; }
}
