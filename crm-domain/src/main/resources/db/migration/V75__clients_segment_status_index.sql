-- The client list filtered by segment counts its matches (up to 10,001) on every page. ix_clients_segment held the
-- segment alone, so each match's row was read for its status: 26 ms and 37,531 pages for 10,001 active clients of
-- a segment at 100,000 clients. With the status (and the name, the list's order) in the index the count reads the
-- index alone: 4 ms, 33 pages. The new index starts with the segment, so the old one goes.
ALTER TABLE clients
    ADD INDEX ix_clients_segment_status_name (segment, status, name),
    DROP INDEX ix_clients_segment;
