-- A personal calendar feed (issue 17): each user's secret link to an iCalendar file of the dates that concern them
-- (contract ends, notice deadlines, milestones, invoice due dates), which calendar apps read without signing in.
-- Kept as the hash of the link's secret, as API tokens are; one live link per user, replaced or turned off on the
-- profile page.
CREATE TABLE calendar_feeds (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    user_id       BIGINT      NOT NULL,
    token_hash    CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    last_read_at  DATETIME(6) NULL,
    revoked_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_feeds_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feeds_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_calendar_feeds_user (user_id, revoked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
