package org.crmir.settings.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.settings.BankDetails;
import org.crmir.settings.CompanySettings;
import org.crmir.settings.SettingsService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.web.Messages;

/**
 * The company settings page: the details quotes and invoices print, the bank account clients pay into, and the
 * invoice series. Saved only if nobody
 * saved them after this page was opened. Administrators only (the page is under /admin/, and the service checks).
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SettingsService settings;

    @Inject
    private CompanySetupPrompt companySetup;

    private long version;
    private String companyName;
    private String address;
    private String taxId;
    private String email;
    private String phone;
    private String paymentInstructions;
    private String invoiceSeries;
    private String bankName;
    private String bankAccountHolder;
    private String bankAccountNumber;
    private String bankBic;
    private boolean receiptsBySms;
    private String reminderDays;
    private boolean remindersBySms;
    private String reminderSchedule;

    @PostConstruct
    void init() {
        show(settings.current());
    }

    public void save() {
        try {
            show(settings.update(version, companyName, address, taxId, email, phone, paymentInstructions,
                    invoiceSeries, new BankDetails(bankName, bankAccountHolder, bankAccountNumber, bankBic)));
            companySetup.forget();
            Messages.info("Company settings saved. New documents use them from now on.");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Switches receipts by SMS on or off at once (its own switch, saved as it is flipped). */
    public void saveReceiptsBySms() {
        try {
            show(settings.textReceipts(version, receiptsBySms));
            Messages.info(receiptsBySms ? "Payment receipts now also go to the client's phone by SMS."
                    : "Payment receipts no longer go by SMS.");
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
    }

    public void saveReminders() {
        try {
            show(settings.remindOfUnpaidInvoices(version, reminderDays, remindersBySms));
            Messages.info(reminderDays == null || reminderDays.isBlank()
                    ? "Payment reminders are off: clients get none."
                    : "Saved: clients are reminded of an unpaid invoice " + reminderSchedule + ".");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Whether this server can send SMS: the switch is offered only then. */
    public boolean isSmsAvailable() {
        return org.crmir.communication.SmsSettings.fromEnvironment().isAvailable();
    }

    /** Shows the settings as stored now, dropping unsaved edits: what to do after a concurrent change. */
    public void reload() {
        show(settings.current());
        Messages.info("Settings reloaded as they are saved now.");
    }

    private void show(CompanySettings current) {
        version = current.getVersion();
        companyName = current.getCompanyName();
        address = current.getAddress();
        taxId = current.getTaxId();
        email = current.getEmail();
        phone = current.getPhone();
        paymentInstructions = current.getPaymentInstructions();
        invoiceSeries = current.getInvoiceSeries();
        BankDetails bank = current.getBankDetails();
        bankName = bank.bankName();
        bankAccountHolder = bank.accountHolder();
        bankAccountNumber = bank.accountNumber();
        bankBic = bank.bic();
        receiptsBySms = current.isReceiptsBySms();
        reminderDays = current.getReminderSchedule().daysAfterDue().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        remindersBySms = current.isRemindersBySms();
        reminderSchedule = current.getReminderSchedule().describe();
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPaymentInstructions() { return paymentInstructions; }
    public void setPaymentInstructions(String paymentInstructions) { this.paymentInstructions = paymentInstructions; }
    public String getInvoiceSeries() { return invoiceSeries; }
    public void setInvoiceSeries(String invoiceSeries) { this.invoiceSeries = invoiceSeries; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getBankAccountHolder() { return bankAccountHolder; }
    public void setBankAccountHolder(String bankAccountHolder) { this.bankAccountHolder = bankAccountHolder; }
    public String getBankAccountNumber() { return bankAccountNumber; }
    public void setBankAccountNumber(String bankAccountNumber) { this.bankAccountNumber = bankAccountNumber; }
    public String getBankBic() { return bankBic; }
    public void setBankBic(String bankBic) { this.bankBic = bankBic; }
    public boolean isReceiptsBySms() { return receiptsBySms; }
    public void setReceiptsBySms(boolean receiptsBySms) { this.receiptsBySms = receiptsBySms; }
    public String getReminderDays() { return reminderDays; }
    public void setReminderDays(String reminderDays) { this.reminderDays = reminderDays; }
    public boolean isRemindersBySms() { return remindersBySms; }
    public void setRemindersBySms(boolean remindersBySms) { this.remindersBySms = remindersBySms; }
    /** The schedule as saved, for people: "7 and 30 days after the due date". */
    public String getReminderSchedule() { return reminderSchedule; }
}
