-- API keys of ground stations (ADR 0017). The key itself is shown once, when it is issued; only
-- the SHA-256 of the whole key string is stored (a key is 256 random bits, not a password: a fast
-- hash is right, and lets ingest check every request cheaply). A revoked key stays, for the record.
CREATE TABLE api_key (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    spacecraft  text[]      NOT NULL,
    key_sha256  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    revoked_at  timestamptz,
    revoked_by  text,
    CONSTRAINT api_key_revoked_by_whom CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE UNIQUE INDEX api_key_sha256_key ON api_key (key_sha256);
CREATE INDEX api_key_created ON api_key (created_at, id);
