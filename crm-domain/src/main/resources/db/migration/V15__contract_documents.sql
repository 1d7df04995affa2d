-- Files attached to contracts (the signed PDF, annexes): described in one table, their bytes in another so
-- that lists never read them. Stored in the database, not in the deployment; at most 10 MB each.
CREATE TABLE contract_documents (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id  BIGINT        NOT NULL,
    file_name    VARCHAR(160)  NOT NULL,
    kind         VARCHAR(8)    NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    uploaded_by  VARCHAR(64)   NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contract_documents_contract FOREIGN KEY (contract_id) REFERENCES contracts (id) ON DELETE CASCADE,
    INDEX ix_contract_documents_contract (contract_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract_document_contents (
    document_id  BIGINT    NOT NULL,
    content      LONGBLOB  NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_contract_document_contents FOREIGN KEY (document_id) REFERENCES contract_documents (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
