-- Why CRMir deactivated an account by itself (the company directory disabled or removed the person), in words the
-- Users page shows; null when an administrator deactivated it, and cleared when it is activated again.
ALTER TABLE users ADD COLUMN deactivated_reason VARCHAR(300) NULL;

-- Each single sign-on user's offline refresh token at the provider, through which CRMir asks the directory every
-- few minutes whether the person is still there. Sealed with AES-GCM (the key is not in the database), so a copy
-- of the database gives no one a token to the provider.
CREATE TABLE sso_grants (
    user_id       BIGINT        NOT NULL,
    sealed_token  VARCHAR(8192) NOT NULL,
    kept_at       DATETIME(6)   NOT NULL,
    checked_at    DATETIME(6)   NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_sso_grants_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
