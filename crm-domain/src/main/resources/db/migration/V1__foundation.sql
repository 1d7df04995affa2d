-- Foundation schema: users and their roles and API tokens, clients and contacts, the audit trail.
-- Written for MySQL 8 and MariaDB 10.11 alike: InnoDB, utf8mb4, DATETIME(6) in UTC.

CREATE TABLE users (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    email          VARCHAR(254) NULL,
    password_hash  VARCHAR(255) NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_users_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    user_id       BIGINT      NOT NULL,
    name          VARCHAR(80) NOT NULL,
    token_prefix  VARCHAR(16) NOT NULL,
    token_hash    CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    last_used_at  DATETIME(6) NULL,
    revoked_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_api_tokens_user (user_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE clients (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(10)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    email               VARCHAR(254)  NULL,
    phone               VARCHAR(40)   NULL,
    tax_id              VARCHAR(40)   NULL,
    billing_street      VARCHAR(200)  NULL,
    billing_city        VARCHAR(100)  NULL,
    billing_postal_code VARCHAR(20)   NULL,
    billing_region      VARCHAR(100)  NULL,
    billing_country     CHAR(2)       NULL,
    currency            CHAR(3)       NOT NULL,
    payment_terms_days  INT           NOT NULL,
    segment             VARCHAR(60)   NULL,
    owner_id            BIGINT        NULL,
    status              VARCHAR(10)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_clients_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    -- The list filters by status and sorts or searches by name, email or phone: each gets an index
    -- that serves a prefix search and an ordered, paged scan.
    INDEX ix_clients_status_name (status, name),
    INDEX ix_clients_name (name),
    INDEX ix_clients_email (email),
    INDEX ix_clients_phone (phone),
    INDEX ix_clients_segment (segment),
    INDEX ix_clients_owner (owner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_tags (
    client_id  BIGINT      NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (client_id, tag),
    INDEX ix_client_tags_tag (tag),
    CONSTRAINT fk_client_tags_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contacts (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    client_id   BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    job_title   VARCHAR(120) NULL,
    email       VARCHAR(254) NULL,
    phone       VARCHAR(40)  NULL,
    is_primary  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_contacts_client FOREIGN KEY (client_id) REFERENCES clients (id),
    INDEX ix_contacts_client (client_id, is_primary, name),
    INDEX ix_contacts_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_events (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    changes      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entity (entity_type, entity_id, id),
    INDEX ix_audit_actor (actor, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
