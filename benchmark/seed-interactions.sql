-- benchmark/seed-interactions.sql: interactions number @lo..@hi of @n, run by benchmark/run in chunks as root in
-- database crmir_bench (MariaDB: it reads the Sequence engine's seq_1_to_N tables).
--
-- Shape: interaction k happens at @start + k * (two years / @n), a few backdated by up to three days (logged
-- later); every @big_every-th belongs to client 1, the others to clients 2..@clients by a hash of k. Channels:
-- 40 % EMAIL, 25 % CALL, 15 % NOTE, 10 % MEETING, 10 % SMS; a third of emails, calls and SMS are inbound.
-- Outbound emails sent through CRMir (nine in ten) are SENT (73 %), DELIVERED (25 %) or FAILED (2 %, three
-- attempts, the server's error), the newest 50 QUEUED; everything else is RECORDED. Senders and recipients are
-- the 16 staff (address for email, name for calls, meetings and notes, the company number for SMS) and each
-- client's three contacts. Deterministic: the same parameters give the same rows.
INSERT INTO interactions (client_id, channel, direction, sender, recipient, subject, body, occurred_at, status,
                          error_text, attempts, author, sent_at)
SELECT m.client_id, m.channel, m.direction,
       CASE WHEN m.channel = 'EMAIL' THEN IF(m.direction = 'OUTBOUND', m.staff_email, m.contact_email)
            WHEN m.channel = 'SMS' THEN IF(m.direction = 'OUTBOUND', '+49 30 5550 1000', m.contact_phone)
            ELSE IF(m.direction = 'OUTBOUND', m.staff_name, m.contact_name) END,
       CASE WHEN m.channel = 'EMAIL' THEN IF(m.direction = 'OUTBOUND', m.contact_email, m.staff_email)
            WHEN m.channel = 'SMS' THEN IF(m.direction = 'OUTBOUND', m.contact_phone, '+49 30 5550 1000')
            WHEN m.channel = 'NOTE' THEN m.client_name
            ELSE IF(m.direction = 'OUTBOUND', m.contact_name, m.staff_name) END,
       CASE m.channel
            WHEN 'EMAIL' THEN ELT(1 + (m.h4 DIV 100) % 10, CONCAT('Quotation Q-', 2024 + m.seq * 2 DIV @n, '-',
                    LPAD(m.seq DIV 97, 5, '0')), CONCAT('Invoice INV-', LPAD(m.seq DIV 53, 6, '0')),
                    'Follow-up on our call', 'Meeting next week', 'Contract renewal', 'Question about delivery',
                    'Re: Order confirmation', 'Payment reminder', 'Welcome aboard', 'Support ticket update')
            WHEN 'CALL' THEN ELT(1 + (m.h4 DIV 100) % 6, 'Discovery call', 'Pricing questions',
                    'Renewal discussion', 'Complaint about a late delivery', 'Check-in call', 'Missed call')
            WHEN 'MEETING' THEN ELT(1 + (m.h4 DIV 100) % 5, 'Quarterly review', 'Onboarding workshop', 'Site visit',
                    'Contract negotiation', 'Product demo')
            WHEN 'NOTE' THEN ELT(1 + (m.h4 DIV 100) % 4, 'Account plan updated', 'Budget approved for next quarter',
                    'New decision maker', 'Prefers contact by phone')
            ELSE NULL END,
       CASE m.channel
            WHEN 'EMAIL' THEN CONCAT('Dear ', IF(m.direction = 'OUTBOUND', m.contact_first,
                    SUBSTRING_INDEX(m.staff_name, ' ', 1)), ',\n\n', ELT(1 + (m.h4 DIV 1000) % 4,
                    'thank you for your time today. As discussed, please find the details below.',
                    'just a short note to confirm the dates we agreed on.',
                    'could you let me know whether the proposed terms work for you?',
                    'we have updated the order as requested; the new delivery date follows.'),
                    '\n\nKind regards,\n', IF(m.direction = 'OUTBOUND', m.staff_name, m.contact_name))
            WHEN 'SMS' THEN ELT(1 + (m.h4 DIV 1000) % 3, 'Running ten minutes late, sorry.',
                    'Your order has shipped today.', 'Please call me back when you can.')
            ELSE CONCAT(ELT(1 + (m.h4 DIV 1000) % 4, 'Talked through the open points', 'Agreed next steps',
                    'Raised concerns about pricing', 'Very positive'), ' with ', m.contact_name, '.') END,
       m.occurred_at, m.status,
       IF(m.status = 'FAILED', ELT(1 + m.h4 % 4, '550 5.1.1 Recipient address rejected: user unknown',
               '552 5.2.2 Mailbox full', '554 5.7.1 Message rejected as spam',
               '421 4.7.0 Too many connections, try again later'), NULL),
       CASE m.status WHEN 'RECORDED' THEN 0 WHEN 'QUEUED' THEN 0 WHEN 'FAILED' THEN 3
            ELSE 1 + (m.h4 % 20 = 0) END,
       m.staff_user,
       IF(m.status IN ('SENT', 'DELIVERED', 'FAILED'), m.occurred_at + INTERVAL (1 + m.h4 % 30) SECOND, NULL)
FROM (
    SELECT r.*,
           CASE WHEN r.channel = 'EMAIL' AND r.direction = 'OUTBOUND' AND r.h3 % 10 <> 0 THEN
                    CASE WHEN r.seq > @n - 50 THEN 'QUEUED'
                         WHEN r.h4 % 100 < 2 THEN 'FAILED'
                         WHEN r.h4 % 100 < 75 THEN 'SENT'
                         ELSE 'DELIVERED' END
                ELSE 'RECORDED' END AS status,
           CONCAT(r.staff_user, '@crmir.example') AS staff_email,
           CONCAT(UPPER(LEFT(r.staff_user, 1)), SUBSTRING_INDEX(SUBSTRING(r.staff_user, 2), '.', 1), ' ',
                  UPPER(SUBSTRING(SUBSTRING_INDEX(r.staff_user, '.', -1), 1, 1)),
                  SUBSTRING(SUBSTRING_INDEX(r.staff_user, '.', -1), 2)) AS staff_name,
           CONCAT(r.contact_first, ' ', r.contact_last) AS contact_name,
           CONCAT(LOWER(r.contact_first), '.', LOWER(r.contact_last), '@', SUBSTRING_INDEX(c.email, '@', -1))
               AS contact_email,
           CONCAT('+49 ', 150 + r.client_id % 30, ' ', LPAD(r.client_id * 3 + r.contact_no, 7, '0')) AS contact_phone,
           c.name AS client_name
    FROM (
        SELECT h.*,
               CASE WHEN h.h1 % 100 < 40 THEN 'EMAIL' WHEN h.h1 % 100 < 65 THEN 'CALL'
                    WHEN h.h1 % 100 < 80 THEN 'NOTE' WHEN h.h1 % 100 < 90 THEN 'MEETING' ELSE 'SMS' END AS channel,
               IF((h.h1 % 100 < 65 OR h.h1 % 100 >= 90) AND h.h2 % 3 = 0, 'INBOUND', 'OUTBOUND') AS direction,
               ELT(1 + (h.h2 DIV 3) % 16, 'anna.keller', 'ben.ortiz', 'carla.rossi', 'david.chen', 'eva.novak',
                   'felix.wagner', 'grace.okafor', 'hugo.martin', 'ines.silva', 'jonas.berg', 'kim.larsen',
                   'lena.fischer', 'marco.bianchi', 'nora.haddad', 'omar.farouk', 'paula.schmidt') AS staff_user,
               ELT(1 + (h.client_id * 7 + h.contact_no * 5) % 24, 'Maria', 'John', 'Sophie', 'Thomas', 'Julia',
                   'Peter', 'Laura', 'Michael', 'Emma', 'Lukas', 'Chloe', 'Matteo', 'Sara', 'Daniel', 'Olivia',
                   'Jan', 'Elena', 'Pierre', 'Hannah', 'Ahmed', 'Yuki', 'Carlos', 'Ingrid', 'Tom') AS contact_first,
               ELT(1 + (h.client_id * 11 + h.contact_no * 3) % 24, 'Smith', 'Schmidt', 'Dubois', 'Rossi',
                   'de Vries', 'Jones', 'Weber', 'Moreau', 'Bianchi', 'Jansen', 'Brown', 'Becker', 'Laurent',
                   'Romano', 'Bakker', 'Taylor', 'Hoffmann', 'Girard', 'Costa', 'Visser', 'Wilson', 'Koch',
                   'Fontaine', 'Greco') AS contact_last,
               @start + INTERVAL (h.seq * (730 * 86400 * 1000000 DIV @n) + h.h2 % 1000000
                   - IF(h.h4 % 20 = 0, (h.h1 % 259200) * 1000000, 0)) MICROSECOND AS occurred_at
        FROM (
            SELECT seq,
                   CRC32(CONCAT('a', seq)) AS h1, CRC32(CONCAT('b', seq)) AS h2,
                   CRC32(CONCAT('c', seq)) AS h3, CRC32(CONCAT('d', seq)) AS h4,
                   CRC32(CONCAT('e', seq)) % 3 AS contact_no,
                   IF(seq % @big_every = 0, 1, 2 + CRC32(CONCAT('f', seq)) % (@clients - 1)) AS client_id
            FROM seq_1_to_100000000
            WHERE seq BETWEEN @lo AND @hi
        ) h
    ) r
    JOIN clients c ON c.id = r.client_id
) m;
