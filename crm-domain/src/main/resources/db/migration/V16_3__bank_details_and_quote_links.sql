-- The seller's bank account, for clients who pay by bank transfer: printed on invoices and shown on the pay page.
ALTER TABLE company_settings
    ADD COLUMN bank_name           VARCHAR(200) NULL,
    ADD COLUMN bank_account_holder VARCHAR(200) NULL,
    ADD COLUMN bank_account_number VARCHAR(64)  NULL,
    ADD COLUMN bank_bic            VARCHAR(11)  NULL;

-- Quote emails carry the client's accept link: {{acceptOnline}} is the sentence with the link (empty for
-- invoices and for quotes no longer waiting for an answer). Added to the shipped wording beside {{payOnline}};
-- an edited template keeps its text (the attached PDF prints the link all the same).
UPDATE message_templates
   SET body = REPLACE(body, '{{payOnline}}', '{{payOnline}}{{acceptOnline}}'),
       updated_at = UTC_TIMESTAMP(6)
 WHERE kind = 'DOCUMENT_SENT' AND body NOT LIKE '%{{acceptOnline}}%';
