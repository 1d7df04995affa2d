-- An account link whose e-mail (invitation, password reset) could not be sent: when CRMir gave up and why, so
-- that the users page says so and the administrator who sent it can send it again.
ALTER TABLE account_links
    ADD COLUMN mail_failed_at DATETIME(6)  NULL,
    ADD COLUMN mail_error     VARCHAR(500) NULL;
