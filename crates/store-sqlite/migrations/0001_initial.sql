-- Solace schema version 1 (SQLite). Append-only: once released this file never changes; add
-- 0002_<what>.sql here and the same name in crates/store-postgres/migrations/.
-- The database holds no readable health data: a record row is (user, id, format, nonce,
-- ciphertext); dates and kinds live inside the ciphertext. Ids are random 16-byte blobs.

CREATE TABLE users (
    id           BLOB NOT NULL PRIMARY KEY CHECK (length(id) = 16),
    name_hash    BLOB NOT NULL UNIQUE CHECK (length(name_hash) = 32),
    vault_header BLOB NOT NULL
) STRICT;

-- WITHOUT ROWID: rows are kept in (user_id, id) order, and ids are random, so the table keeps
-- no counter that tells the order in which entries were written.
CREATE TABLE records (
    user_id    BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    id         BLOB NOT NULL CHECK (length(id) = 16),
    version    INTEGER NOT NULL,
    nonce      BLOB NOT NULL CHECK (length(nonce) = 24),
    ciphertext BLOB NOT NULL,
    PRIMARY KEY (user_id, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sessions (
    lookup      BLOB NOT NULL PRIMARY KEY CHECK (length(lookup) = 32),
    user_id     BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    nonce       BLOB NOT NULL CHECK (length(nonce) = 24),
    wrapped_key BLOB NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE unlock_failures (
    user_id BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at      INTEGER NOT NULL
) STRICT;
CREATE INDEX unlock_failures_by_user ON unlock_failures (user_id, at);
