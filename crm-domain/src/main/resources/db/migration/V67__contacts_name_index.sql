-- Client search collects its matches index by index (ClientTextMatches): the clients whose contact's name starts
-- with the text are read from this index instead of one probe of ix_contacts_client per client.
CREATE INDEX ix_contacts_name ON contacts (name, client_id);
