-- A user who signs in through the company's OpenID Connect provider is linked to it by the provider's subject
-- ("sub": stable, never reassigned), not by name or e-mail, which the directory may change or reuse.
ALTER TABLE users ADD COLUMN sso_subject VARCHAR(255) NULL;
ALTER TABLE users ADD CONSTRAINT uq_users_sso_subject UNIQUE (sso_subject);
