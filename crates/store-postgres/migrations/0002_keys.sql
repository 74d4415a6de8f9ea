-- Solace schema version 2 (PostgreSQL): sessions with an absolute end, failures by kind, and the
-- count of failed unlocks since the last successful one. Append-only.

-- Sessions written before this version used keys without the server secret: none can open any
-- more, so they go (and with them their wrapped keys).
DELETE FROM sessions;
-- The absolute end of a session (start + 12 hours), however often it is used.
ALTER TABLE sessions ADD COLUMN ends_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX sessions_by_user_end ON sessions (user_id, ends_at);

-- 0 = wrong passphrase, 1 = wrong recovery code: each has its own limit.
ALTER TABLE unlock_failures ADD COLUMN kind INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1));
DROP INDEX unlock_failures_by_user;
CREATE INDEX unlock_failures_by_user_kind ON unlock_failures (user_id, kind, at);

-- Failed unlocks since the last successful one ("N failed attempts since your last visit").
ALTER TABLE users ADD COLUMN failed_attempts BIGINT NOT NULL DEFAULT 0;
