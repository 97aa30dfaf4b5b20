-- One-time links (sign in, confirm a new e-mail address, "still available?"):
-- only the SHA-256 of the token is kept, so a copy of the database cannot
-- sign anyone in.
CREATE TABLE tokens (
    token_sha256    TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL,
    new_email       TEXT,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT
);
CREATE INDEX tokens_registration ON tokens (registration_id);

-- Signed-in sessions: the cookie holds a random id, this table its hash.
CREATE TABLE sessions (
    id_sha256       TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    csrf_token      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);
CREATE INDEX sessions_registration ON sessions (registration_id);

ALTER TABLE registrations ADD COLUMN paused_until TEXT;
ALTER TABLE registrations ADD COLUMN pause_reason TEXT;
ALTER TABLE registrations ADD COLUMN reminders_sent BIGINT NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN last_reminder_at TEXT;
ALTER TABLE registrations ADD COLUMN left_out_of_pools BIGINT NOT NULL DEFAULT 0;

ALTER TABLE registration_events ADD COLUMN detail TEXT;

-- Which registration an answered sign-up request created, so erasing the
-- person erases the request's fingerprint too.
ALTER TABLE idempotency_keys ADD COLUMN registration_id TEXT;

-- Mail to delete once sent: the erasure confirmation goes to an address
-- that is already gone from everywhere else.
ALTER TABLE outbox ADD COLUMN purge_after_send BIGINT NOT NULL DEFAULT 0;

-- What survives an erasure: how many, and in which month they signed up.
CREATE TABLE erased_registrations (
    signed_up_month TEXT    PRIMARY KEY,
    count           BIGINT NOT NULL
);
