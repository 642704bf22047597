-- Sign-ins through the council's identity provider (OpenID Connect): each gives the
-- browser a secret, kept here only as its SHA-256, that lets it start sessions and
-- share plans until it expires. Nothing about the person is kept. Times are
-- seconds since 1970.
CREATE TABLE sign_ins (
    hash TEXT PRIMARY KEY NOT NULL,
    created BIGINT NOT NULL,
    expires BIGINT NOT NULL
);
