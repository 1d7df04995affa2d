-- The figures' upkeep after commit (issue 15): a business transaction records how its rows move the summary
-- tables here, one multi-row insert, instead of upserting the summary rows itself; a fold adds these rows to the
-- summary tables in batches, in one transaction with their deletion, so each is added exactly once. Before, every
-- payment held the day's collection rows locked until its commit and upserted up to twelve tables.
CREATE TABLE fig_pending (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    summary_table VARCHAR(64)   NOT NULL,
    key_values    TEXT          NOT NULL, -- typed and length-prefixed (PendingRow), so any text of a key survives
    measures      VARCHAR(1000) NOT NULL, -- the change of each measure, plain decimals
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row, locked by each fold (and each rebuild of a table) for its transaction: folds on any node take turns,
-- and a reader that waits for the fold after a commit sees every change committed before it.
CREATE TABLE fig_fold (
    id TINYINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
INSERT INTO fig_fold (id) VALUES (1);
