-- When each session's join code was made (seconds since 1970), so codes can expire.
-- Sessions made before this column existed count from the upgrade.
ALTER TABLE sessions ADD COLUMN code_made BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET code_made = CAST(strftime('%s', 'now') AS INTEGER);
