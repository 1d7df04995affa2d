-- Mail read from CRMir's mailbox (org.crmir.communication): each message once (by its Message-ID), and what became
-- of it: logged on a client, a bounce of a sent message, waiting in triage for a person to file, or discarded.
CREATE TABLE inbound_mail (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    message_id     VARCHAR(255)  NOT NULL,
    received_at    DATETIME(6)   NOT NULL,
    sender         VARCHAR(254)  NOT NULL,
    subject        VARCHAR(200)  NULL,
    body           MEDIUMTEXT    NULL,
    outcome        VARCHAR(10)   NOT NULL,
    client_id      BIGINT        NULL,
    interaction_id BIGINT        NULL,
    filed_by       VARCHAR(64)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_inbound_mail_message (message_id),
    INDEX ix_inbound_mail_outcome (outcome, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
