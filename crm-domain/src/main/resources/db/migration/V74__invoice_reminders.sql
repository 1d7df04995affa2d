-- Payment reminders (org.crmir.invoice.InvoiceReminders): the days after the due date clients are reminded of
-- an unpaid invoice (such as "7,21,45"; empty: none, the default), and whether reminders also go by SMS.
ALTER TABLE company_settings ADD COLUMN reminder_days VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE company_settings ADD COLUMN reminders_by_sms BOOLEAN NOT NULL DEFAULT FALSE;

-- Each reminder sent, once per invoice and reminder number.
CREATE TABLE invoice_reminders (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    invoice_id BIGINT       NOT NULL,
    reminder   INT          NOT NULL,
    sent_on    DATE         NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    email_id   BIGINT       NULL,
    sms_id     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invoice_reminders UNIQUE (invoice_id, reminder),
    CONSTRAINT fk_invoice_reminders_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The shipped reminder wording, still unchanged, says what is owed and how to pay it.
UPDATE message_templates
   SET body = 'Dear {{contactName}},\n\nour records show that {{documentTitle}} of {{amount}}, due on {{dueDate}}, is still unpaid. If you have paid it in the meantime, please ignore this message.{{payOnline}}\n\nKind regards,\n{{senderName}}\n{{signature}}',
       subject = 'Reminder: {{documentTitle}} is unpaid'
 WHERE kind = 'REMINDER'
   AND body = 'Dear {{contactName}},\n\nthis is a friendly reminder about {{documentTitle}}.\n\nKind regards,\n{{senderName}}\n{{signature}}';
