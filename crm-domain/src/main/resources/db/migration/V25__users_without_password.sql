-- A user may have no password: one invited by e-mail has not chosen it yet, and one who signs in through the
-- company's OpenID Connect provider never has one here. Sign-in with a password is refused for both.
ALTER TABLE users MODIFY password_hash VARCHAR(255) NULL;
