-- Search by a word inside a client's or a contact's name ("Solutions" finds "Acme Solutions Ltd"), on large books:
-- a LIKE '%word%' reads every row, a FULLTEXT index finds the words. ClientQuery uses them in boolean mode with a
-- prefix wildcard; words shorter than innodb_ft_min_token_size (3) are not indexed and match as name prefixes only.
-- The same statements work on MySQL 8 and MariaDB 10.11 (InnoDB full-text, one index per statement).
ALTER TABLE clients ADD FULLTEXT INDEX ft_clients_name (name);
ALTER TABLE contacts ADD FULLTEXT INDEX ft_contacts_name (name);
