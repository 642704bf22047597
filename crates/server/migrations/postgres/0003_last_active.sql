-- When each document was last used (an edit saved, or made), in seconds since 1970,
-- so documents unused for the retention period can be deleted. Documents made before
-- this column existed count from the upgrade.
ALTER TABLE documents ADD COLUMN last_active BIGINT NOT NULL DEFAULT 0;
UPDATE documents SET last_active = CAST(EXTRACT(EPOCH FROM now()) AS BIGINT);
CREATE INDEX documents_by_last_active ON documents (last_active);
