-- Communication history: every interaction (call, meeting, note, email, SMS) and every outbound message, one row
-- each; outbound messages carry their delivery status, attempts and the server's error text.
CREATE TABLE interactions (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    client_id     BIGINT        NOT NULL,
    contact_id    BIGINT        NULL,
    channel       VARCHAR(10)   NOT NULL,
    direction     VARCHAR(10)   NOT NULL,
    sender        VARCHAR(254)  NOT NULL,
    recipient     VARCHAR(254)  NOT NULL,
    subject       VARCHAR(200)  NULL,
    body          MEDIUMTEXT    NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    error_text    VARCHAR(1000) NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    author        VARCHAR(64)   NOT NULL,
    related_type  VARCHAR(20)   NULL,
    related_id    BIGINT        NULL,
    sent_at       DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_interactions_client FOREIGN KEY (client_id) REFERENCES clients (id),
    -- the client timeline: newest first, optionally of one channel
    INDEX ix_interactions_timeline (client_id, occurred_at, id),
    INDEX ix_interactions_client_channel (client_id, channel, occurred_at, id),
    -- the history page: newest first, filtered by status, channel, sender or recipient
    INDEX ix_interactions_occurred (occurred_at, id),
    INDEX ix_interactions_status (status, occurred_at, id),
    INDEX ix_interactions_channel (channel, occurred_at, id),
    INDEX ix_interactions_sender (sender, occurred_at),
    INDEX ix_interactions_recipient (recipient, occurred_at),
    INDEX ix_interactions_related (related_type, related_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interaction_attachments (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    interaction_id  BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      INT          NOT NULL,
    content         LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachments_interaction FOREIGN KEY (interaction_id) REFERENCES interactions (id) ON DELETE CASCADE,
    INDEX ix_attachments_interaction (interaction_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE message_templates (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(20)   NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       TEXT          NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_message_templates_kind UNIQUE (kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO message_templates (kind, subject, body, updated_at) VALUES
 ('DOCUMENT_SENT', '{{documentTitle}} from {{companyName}}',
  'Dear {{contactName}},\n\nplease find attached {{documentTitle}}.\n\nKind regards,\n{{senderName}}\n{{signature}}', UTC_TIMESTAMP(6)),
 ('REMINDER', 'Reminder: {{documentTitle}}',
  'Dear {{contactName}},\n\nthis is a friendly reminder about {{documentTitle}}.\n\nKind regards,\n{{senderName}}\n{{signature}}', UTC_TIMESTAMP(6)),
 ('RECEIPT', 'Receipt for {{documentTitle}}',
  'Dear {{contactName}},\n\nthank you: we have received your payment for {{documentTitle}}.\n\nKind regards,\n{{senderName}}\n{{signature}}', UTC_TIMESTAMP(6));

CREATE TABLE notifications (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    username    VARCHAR(64)   NOT NULL,
    text        VARCHAR(500)  NOT NULL,
    link        VARCHAR(300)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_notifications_user (username, read_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE users ADD COLUMN signature VARCHAR(1000) NULL;
