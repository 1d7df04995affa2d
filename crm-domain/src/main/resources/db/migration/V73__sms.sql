-- SMS (org.crmir.communication): the id the SMS gateway gave a message, by which its delivery reports find it.
ALTER TABLE interactions ADD COLUMN gateway_message_id VARCHAR(100) NULL;
CREATE INDEX ix_interactions_gateway_message ON interactions (gateway_message_id);
-- Payment receipts may also go to the client's phone by SMS (Admin → Settings).
ALTER TABLE company_settings ADD COLUMN receipts_by_sms BOOLEAN NOT NULL DEFAULT FALSE;
