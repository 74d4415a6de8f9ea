-- Solace schema version 3 (PostgreSQL): bulk records (photos) kept apart from entries, so
-- listing a diary never reads a photo's bytes. Append-only.

-- 1 = a bulk record: read only by its id, never by the list of a diary.
ALTER TABLE records ADD COLUMN bulk INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1));
-- Rows written before: only a photo can be longer than 256 KiB (solace_store's
-- LEGACY_BULK_MIN_BYTES; entries are checked and every body is capped at 64 KiB). Smaller
-- photos stay ordinary rows: still read and shown, only not skipped by the list.
UPDATE records SET bulk = 1 WHERE length(ciphertext) > 262144;
