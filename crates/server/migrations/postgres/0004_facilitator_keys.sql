-- Facilitator keys: issued by whoever runs the server (`cares-server keys add`), so
-- that only facilitators and programme leads can start sessions and share plans.
-- Only the SHA-256 of each key is kept. `label` is the administrator's note of whom
-- it was given to; `revoked` is when it was withdrawn (NULL while it works). Times
-- are seconds since 1970.
CREATE TABLE facilitator_keys (
    id TEXT PRIMARY KEY NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created BIGINT NOT NULL,
    last_used BIGINT,
    revoked BIGINT
);
