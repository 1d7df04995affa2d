-- Catalog, quotes, invoices, credit notes, gapless document numbering, company settings.
-- Money: DECIMAL(19,4) beside a CHAR(3) currency; every amount is stored at its currency's scale.

CREATE TABLE tax_rates (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(80)  NOT NULL,
    percentage  DECIMAL(7,4) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tax_rates (name, percentage) VALUES ('No tax', 0), ('Reduced 7 %', 7), ('Standard 19 %', 19);

CREATE TABLE products (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    sku          VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NULL,
    kind         VARCHAR(10)   NOT NULL,
    unit         VARCHAR(20)   NOT NULL,
    unit_price   DECIMAL(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    tax_rate_id  BIGINT        NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_products_sku UNIQUE (sku),
    CONSTRAINT fk_products_tax_rate FOREIGN KEY (tax_rate_id) REFERENCES tax_rates (id),
    INDEX ix_products_name (active, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One counter row per series and year, locked FOR UPDATE by the issuing transaction: numbers are gapless
-- (a rolled-back issue gives its number back) and unique under concurrency.
CREATE TABLE document_sequences (
    series      VARCHAR(10) NOT NULL,
    year        INT         NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (series, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quotes (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    number          VARCHAR(30)   NULL,
    client_id       BIGINT        NOT NULL,
    currency        CHAR(3)       NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    valid_until     DATE          NOT NULL,
    notes           VARCHAR(4000) NULL,
    terms           VARCHAR(4000) NULL,
    subtotal        DECIMAL(19,4) NOT NULL,
    discount_total  DECIMAL(19,4) NOT NULL,
    tax_total       DECIMAL(19,4) NOT NULL,
    total           DECIMAL(19,4) NOT NULL,
    public_token    VARCHAR(64)   NULL,
    sent_at         DATETIME(6)   NULL,
    decided_at      DATETIME(6)   NULL,
    invoice_id      BIGINT        NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_quotes_number UNIQUE (number),
    CONSTRAINT uk_quotes_token UNIQUE (public_token),
    CONSTRAINT fk_quotes_client FOREIGN KEY (client_id) REFERENCES clients (id),
    INDEX ix_quotes_status_valid (status, valid_until),
    INDEX ix_quotes_client (client_id, created_at),
    INDEX ix_quotes_created (created_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote_lines (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    quote_id          BIGINT        NOT NULL,
    position          INT           NOT NULL,
    product_id        BIGINT        NULL,
    description       VARCHAR(500)  NOT NULL,
    quantity          DECIMAL(19,4) NOT NULL,
    unit              VARCHAR(20)   NULL,
    unit_price        DECIMAL(19,4) NOT NULL,
    discount_percent  DECIMAL(5,2)  NOT NULL,
    tax_rate          DECIMAL(7,4)  NOT NULL,
    line_subtotal     DECIMAL(19,4) NOT NULL,
    line_discount     DECIMAL(19,4) NOT NULL,
    line_tax          DECIMAL(19,4) NOT NULL,
    line_total        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_quote_lines_quote FOREIGN KEY (quote_id) REFERENCES quotes (id) ON DELETE CASCADE,
    INDEX ix_quote_lines_quote (quote_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoices (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    series              VARCHAR(10)   NOT NULL,
    number              VARCHAR(30)   NULL,
    client_id           BIGINT        NOT NULL,
    currency            CHAR(3)       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    issue_date          DATE          NULL,
    due_date            DATE          NULL,
    payment_terms_days  INT           NOT NULL,
    notes               VARCHAR(4000) NULL,
    terms               VARCHAR(4000) NULL,
    subtotal            DECIMAL(19,4) NOT NULL,
    discount_total      DECIMAL(19,4) NOT NULL,
    tax_total           DECIMAL(19,4) NOT NULL,
    total               DECIMAL(19,4) NOT NULL,
    credited_total      DECIMAL(19,4) NOT NULL,
    paid_total          DECIMAL(19,4) NOT NULL,
    source_quote_id     BIGINT        NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_invoices_number UNIQUE (number),
    CONSTRAINT fk_invoices_client FOREIGN KEY (client_id) REFERENCES clients (id),
    INDEX ix_invoices_status_due (status, due_date),
    INDEX ix_invoices_client (client_id, created_at),
    INDEX ix_invoices_created (created_at, id),
    INDEX ix_invoices_issue_date (issue_date, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_lines (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    product_id        BIGINT        NULL,
    description       VARCHAR(500)  NOT NULL,
    quantity          DECIMAL(19,4) NOT NULL,
    unit              VARCHAR(20)   NULL,
    unit_price        DECIMAL(19,4) NOT NULL,
    discount_percent  DECIMAL(5,2)  NOT NULL,
    tax_rate          DECIMAL(7,4)  NOT NULL,
    line_subtotal     DECIMAL(19,4) NOT NULL,
    line_discount     DECIMAL(19,4) NOT NULL,
    line_tax          DECIMAL(19,4) NOT NULL,
    line_total        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE CASCADE,
    INDEX ix_invoice_lines_invoice (invoice_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE credit_notes (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    number      VARCHAR(30)   NOT NULL,
    invoice_id  BIGINT        NOT NULL,
    client_id   BIGINT        NOT NULL,
    currency    CHAR(3)       NOT NULL,
    amount      DECIMAL(19,4) NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    issue_date  DATE          NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_credit_notes_number UNIQUE (number),
    CONSTRAINT fk_credit_notes_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    INDEX ix_credit_notes_invoice (invoice_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE company_settings (
    id                    BIGINT        NOT NULL,
    company_name          VARCHAR(200)  NOT NULL,
    address               VARCHAR(500)  NULL,
    tax_id                VARCHAR(40)   NULL,
    email                 VARCHAR(254)  NULL,
    phone                 VARCHAR(40)   NULL,
    payment_instructions  VARCHAR(1000) NULL,
    invoice_series        VARCHAR(10)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO company_settings (id, company_name, address, payment_instructions, invoice_series)
VALUES (1, 'Your Company', NULL, 'Pay by bank transfer quoting the invoice number.', 'INV');
