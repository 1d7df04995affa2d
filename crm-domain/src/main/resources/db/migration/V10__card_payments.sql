-- Card payments through Stripe. A refund event names the payment intent (pi_...), and the payment it refunds is
-- found by its reference "stripe pi_..."; the index keeps that lookup off a scan of every payment.
CREATE INDEX ix_payments_reference ON payments (reference);

-- Invoice emails carry the pay link: the {{payOnline}} placeholder is the sentence with the link (empty for
-- quotes and for invoices with nothing due). Added to the shipped wording; an edited template keeps its text.
UPDATE message_templates
   SET body = REPLACE(body, 'please find attached {{documentTitle}}.', 'please find attached {{documentTitle}}.{{payOnline}}'),
       updated_at = UTC_TIMESTAMP(6)
 WHERE kind = 'DOCUMENT_SENT' AND body NOT LIKE '%{{payOnline}}%';
