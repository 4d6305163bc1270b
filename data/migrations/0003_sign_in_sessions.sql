-- Schema version 3: sign-in sessions expire, and failed sign-ins are counted
-- per user name (against password guessing; see src/registry/sign_in.h).
-- A token's expires_at is NULL for API tokens (admin create-user, POST /users),
-- which last until revoked. Tokens issued before this version keep NULL.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
CREATE INDEX api_tokens_expires_at ON api_tokens (expires_at);

-- One row per user name tried (its BLAKE2b hash: names need not exist, and a
-- password typed into the name field is not kept). Times are ISO text, UTC.
CREATE TABLE sign_in_failures (
  name_hash TEXT PRIMARY KEY,
  failures {INT} NOT NULL,
  first_failed_at TEXT NOT NULL,
  last_failed_at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_last ON sign_in_failures (last_failed_at);
