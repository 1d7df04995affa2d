-- Links mailed to a person to set their own password: an invitation (72 hours) or a reset (1 hour). Only a
-- SHA-256 of the token is kept, as for API tokens: a copy of the database lets nobody use a link.
CREATE TABLE account_links (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(12)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    revoked_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_links_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_links_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_account_links_user (user_id, purpose, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each "forgot password" request, by a hash of the address typed in and by the client's network address, so that
-- the form cannot be used to flood somebody's mailbox (or our mail server). Kept one day.
CREATE TABLE password_reset_requests (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email_hash    CHAR(64)     NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_password_reset_requests_email (email_hash, requested_at),
    INDEX ix_password_reset_requests_address (client_address, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Whether people may sign in with a CRMir password. Off (single sign-on only), one break-glass administrator
-- still may, so that a broken provider cannot lock everybody out. One row.
CREATE TABLE sign_in_settings (
    id                      BIGINT   NOT NULL,
    password_sign_in        BOOLEAN  NOT NULL DEFAULT TRUE,
    break_glass_user_id     BIGINT   NULL,
    version                 BIGINT   NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_sign_in_settings_break_glass FOREIGN KEY (break_glass_user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO sign_in_settings (id, password_sign_in, break_glass_user_id, version) VALUES (1, TRUE, NULL, 0);
