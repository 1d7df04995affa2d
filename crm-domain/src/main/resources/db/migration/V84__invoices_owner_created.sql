-- An owner's invoices in the list's order (newest first), alone or narrowed by status and currency ("my overdue
-- invoices"). Without these MariaDB read an owner's page either from ix_invoices_created, checking each invoice's
-- owner, or from an index of the owner's invoices followed by a sort of them all; which one is quick depends on
-- when the owner's invoices were made. A sales user whose invoices all predate the newest 200,000 of a million
-- waited 206 ms a page (benchmark/screens, page:invoices owner: 217,749 rows read for 25), and that user's overdue
-- dollar invoices took 41 ms (24,490 rows). Now each is a range of 25 index entries, under 1 ms.
ALTER TABLE invoices
    ADD INDEX ix_invoices_owner_created (owner_id, created_at, id),
    ADD INDEX ix_invoices_owner_status_created (owner_id, status, currency, created_at, id);
