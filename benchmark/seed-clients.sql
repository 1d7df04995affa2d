-- benchmark/seed-clients.sql: @clients companies with ids 1..@clients (the database is fresh), created at @start.
-- Client 1 is the big one of the benchmark. Run by benchmark/run as root in database crmir_bench (MariaDB: it
-- reads the Sequence engine's seq_1_to_N tables).
INSERT INTO clients (id, kind, name, email, phone, billing_street, billing_city, billing_postal_code,
                     billing_country, currency, payment_terms_days, segment, owner_id, status, created_at,
                     updated_at)
SELECT s.seq, 'COMPANY',
       IF(s.seq = 1, 'Northwind Traders GmbH', CONCAT(s.word1, ' ', s.word2, ' ', s.suffix)),
       CONCAT('info@', s.domain),
       CONCAT('+49 30 ', LPAD(s.seq, 4, '0'), ' 100'),
       CONCAT(ELT(1 + s.seq % 6, 'Main Street ', 'Hauptstrasse ', 'Rue de la Paix ', 'Via Roma ', 'Kerkstraat ',
                  'High Street '), 1 + s.seq % 180),
       ELT(1 + s.seq % 6, 'Leeds', 'Berlin', 'Lyon', 'Milan', 'Utrecht', 'Bristol'),
       LPAD(10000 + s.seq * 37 % 89999, 5, '0'),
       ELT(1 + s.seq % 6, 'GB', 'DE', 'FR', 'IT', 'NL', 'GB'),
       ELT(1 + s.seq % 6, 'GBP', 'EUR', 'EUR', 'EUR', 'EUR', 'GBP'),
       ELT(1 + s.seq % 3, 14, 30, 60),
       ELT(1 + s.seq % 5, 'Retail', 'Manufacturing', 'Logistics', 'Software', 'Healthcare'),
       NULL, IF(s.seq % 25 = 0, 'ARCHIVED', 'ACTIVE'), @start, @start
FROM (
    SELECT q.seq, q.word1, q.word2, q.suffix,
           CONCAT(REPLACE(LOWER(q.word1), ' ', ''), '-', LOWER(q.word2), '-', q.seq, '.example') AS domain
    FROM (
        SELECT seq,
               IF(seq = 1, 'Northwind', ELT(1 + seq % 40, 'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne',
                   'Hooli', 'Vandelay', 'Soylent', 'Tyrell', 'Cyberdyne', 'Gringotts', 'Wonka', 'Oceanic',
                   'Monarch', 'Aperture', 'Blue Sun', 'Cobalt', 'Dunder', 'Everest', 'Falcon', 'Granite', 'Harbor',
                   'Ivory', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchid', 'Pinnacle', 'Quartz',
                   'Redwood', 'Summit', 'Tundra', 'Unity', 'Vertex', 'Willow', 'Xenon', 'Zephyr')) AS word1,
               IF(seq = 1, 'Traders', ELT(1 + (seq DIV 40) % 25, 'Logistics', 'Systems', 'Foods', 'Textiles',
                   'Analytics', 'Motors', 'Pharma', 'Media', 'Energy', 'Retail', 'Consulting', 'Labs', 'Holdings',
                   'Robotics', 'Print', 'Travel', 'Finance', 'Dental', 'Garden', 'Security', 'Optics', 'Marine',
                   'Studios', 'Bakery', 'Works')) AS word2,
               ELT(1 + CRC32(seq) % 8, 'GmbH', 'Ltd', 'Inc.', 'SARL', 'B.V.', 'AG', 'LLC', 'S.p.A.') AS suffix
        FROM seq_1_to_100000000
        WHERE seq BETWEEN 1 AND @clients
    ) q
) s;
