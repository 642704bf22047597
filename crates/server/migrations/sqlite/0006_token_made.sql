-- When each token was handed out (seconds since 1970), so a phone's or a board's
-- token stops working once the session's join code has expired. Tokens handed out
-- before this column existed count from the upgrade.
ALTER TABLE tokens ADD COLUMN made BIGINT NOT NULL DEFAULT 0;
UPDATE tokens SET made = CAST(strftime('%s', 'now') AS INTEGER);
