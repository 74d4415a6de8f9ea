-- Solace schema version 1 (PostgreSQL). Append-only: once released this file never changes; add
-- 0002_<what>.sql here and the same name in crates/store-sqlite/migrations/.
-- The database holds no readable health data: a record row is (user, id, format, nonce,
-- ciphertext); dates and kinds live inside the ciphertext. Ids are random 16-byte values.

CREATE TABLE users (
    id           BYTEA NOT NULL PRIMARY KEY CHECK (length(id) = 16),
    name_hash    BYTEA NOT NULL UNIQUE CHECK (length(name_hash) = 32),
    vault_header BYTEA NOT NULL
);

CREATE TABLE records (
    user_id    BYTEA NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    id         BYTEA NOT NULL CHECK (length(id) = 16),
    version    INTEGER NOT NULL,
    nonce      BYTEA NOT NULL CHECK (length(nonce) = 24),
    ciphertext BYTEA NOT NULL,
    PRIMARY KEY (user_id, id)
);

CREATE TABLE sessions (
    lookup      BYTEA NOT NULL PRIMARY KEY CHECK (length(lookup) = 32),
    user_id     BYTEA NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    nonce       BYTEA NOT NULL CHECK (length(nonce) = 24),
    wrapped_key BYTEA NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE unlock_failures (
    user_id BYTEA NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at      BIGINT NOT NULL
);
CREATE INDEX unlock_failures_by_user ON unlock_failures (user_id, at);
