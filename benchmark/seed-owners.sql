-- benchmark/seed-owners.sql: @sales sales users, @products catalog items, and owners and currencies for the
-- clients of seed-clients.sql. Run once by benchmark/dashboard as root in database crmir_dashbench, after
-- seed-clients.sql and before the documents (invoices take the client's currency). MariaDB: it reads the Sequence
-- engine's seq_1_to_N tables.
--
-- Sales users bench.sales01..NN (role SALES) sign in with the admin's password: they share its hash (the hash is
-- salted, the same hash checks the same password). Clients: one in 20 has no owner, the others are owned by the
-- sales users by a hash; one in 7 bills in USD (seed-clients.sql gives GBP and EUR). Products: ids 1..@products,
-- two in three goods, one in three services, each with a net price; every client can buy every product.
INSERT INTO users (username, display_name, email, password_hash, active, created_at)
SELECT CONCAT('bench.sales', LPAD(s.seq, 2, '0')),
       CONCAT(ELT(1 + s.seq % 12, 'Anna', 'Ben', 'Carla', 'David', 'Eva', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas',
                  'Kim', 'Lena'), ' ', ELT(1 + s.seq % 10, 'Keller', 'Ortiz', 'Rossi', 'Chen', 'Novak', 'Wagner',
                  'Okafor', 'Martin', 'Silva', 'Berg'), ' (', LPAD(s.seq, 2, '0'), ')'),
       CONCAT('bench.sales', LPAD(s.seq, 2, '0'), '@crmir.example'),
       a.password_hash, TRUE, @start
FROM seq_1_to_1000 s JOIN users a ON a.username = 'admin'
WHERE s.seq <= @sales;

INSERT INTO user_roles (user_id, role)
SELECT id, 'SALES' FROM users WHERE username LIKE 'bench.sales%';

SET @first_sales = (SELECT MIN(id) FROM users WHERE username LIKE 'bench.sales%');

UPDATE clients
SET owner_id = IF(id % 20 = 0, NULL, @first_sales + CRC32(CONCAT('o', id)) % @sales),
    currency = IF(id % 7 = 3, 'USD', currency);

INSERT INTO products (id, sku, name, description, kind, unit, unit_price, currency, tax_rate_id, active)
SELECT s.seq, CONCAT('SKU-', LPAD(s.seq, GREATEST(4, LENGTH(s.seq)), '0')),
       CONCAT(ELT(1 + s.seq % 20, 'Premium', 'Basic', 'Pro', 'Enterprise', 'Compact', 'Deluxe', 'Eco', 'Smart',
                  'Heavy-duty', 'Portable', 'Classic', 'Ultra', 'Mini', 'Max', 'Plus', 'Lite', 'Advanced', 'Express',
                  'Secure', 'Cloud'), ' ',
              IF(s.seq % 3 = 0,
                 ELT(1 + (s.seq DIV 20) % 10, 'Consulting', 'Support plan', 'Installation', 'Training',
                     'Maintenance', 'Audit', 'Hosting', 'Design', 'Migration', 'Onboarding'),
                 ELT(1 + (s.seq DIV 20) % 10, 'Printer', 'Router', 'Laptop', 'Monitor', 'Desk', 'Chair', 'Scanner',
                     'Headset', 'Camera', 'Server')), ' ', s.seq),
       NULL, IF(s.seq % 3 = 0, 'SERVICE', 'PRODUCT'), IF(s.seq % 3 = 0, 'hour', 'piece'),
       CAST(POW(10, 1.3 + (CRC32(CONCAT('u', s.seq)) % 1000) / 1000 * 2.5) AS DECIMAL(19, 2)), 'EUR', 3, TRUE
FROM seq_1_to_100000 s
WHERE s.seq <= @products;
