-- A document: its snapshot (the core's Content as JSON) and the replica id the
-- server stamps its own edits with (a participant joining, for example).
CREATE TABLE documents (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    base TEXT NOT NULL,
    server_replica TEXT NOT NULL
);

-- A live session: the document that holds it, the plan its themes go into, and
-- the code people join with.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    plan_id TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE
);
CREATE INDEX sessions_by_document ON sessions (document_id);

-- Who may do what: only the SHA-256 of each token is kept.
CREATE TABLE tokens (
    hash TEXT PRIMARY KEY NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    role TEXT NOT NULL,
    participant TEXT
);
CREATE INDEX tokens_by_participant ON tokens (document_id, participant);

-- Every edit taken in, as the core's StampedEdit JSON, with its stamp in columns.
-- `position` is the order of arrival; `late` marks an edit that arrived after
-- edits that come after it in the total order (it was made offline); `author` says
-- whose device made it, so nobody else can use that device id.
CREATE TABLE edits (
    document_id TEXT NOT NULL REFERENCES documents (id),
    replica TEXT NOT NULL,
    seq BIGINT NOT NULL,
    clock BIGINT NOT NULL,
    position BIGINT NOT NULL,
    author TEXT NOT NULL,
    late BIGINT NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    PRIMARY KEY (document_id, replica, seq)
);
CREATE UNIQUE INDEX edits_by_position ON edits (document_id, position);
