-- Registrations and what hangs off them. Identity and contact fields are
-- personal data: erasure (a later issue) clears them and keeps the rest
-- anonymous. Lists are stored as comma-separated codes, portable to PostgreSQL.
CREATE TABLE registrations (
    id                     TEXT    PRIMARY KEY,
    reference              TEXT    NOT NULL UNIQUE,
    created_at             TEXT    NOT NULL,
    status                 TEXT    NOT NULL,
    language               TEXT    NOT NULL,
    given_names            TEXT,
    name_prefix            TEXT,
    surname                TEXT,
    birth_date             TEXT,
    email                  TEXT,
    phone                  TEXT,
    postcode               TEXT,
    pc4                    BIGINT NOT NULL,
    house_number           BIGINT,
    house_number_addition  TEXT,
    travel_km              BIGINT NOT NULL,
    available_from         TEXT    NOT NULL,
    available_until        TEXT,
    hours_per_week         BIGINT NOT NULL,
    dayparts               BIGINT NOT NULL,
    availability_notes     TEXT,
    availability_confirmed_at TEXT NOT NULL,
    care_background        BIGINT NOT NULL,
    big_number             TEXT,
    big_profession         TEXT,
    big_expired_on         TEXT,
    big_registered         BIGINT NOT NULL,
    diploma_level          TEXT    NOT NULL,
    diploma_field          TEXT,
    student_field          TEXT,
    student_year           BIGINT,
    courses                TEXT    NOT NULL,
    vog                    TEXT    NOT NULL,
    languages              TEXT    NOT NULL,
    sectors                TEXT    NOT NULL,
    motivation             TEXT    NOT NULL,
    reservist              BIGINT NOT NULL
);
CREATE INDEX registrations_email ON registrations (email);
CREATE INDEX registrations_phone ON registrations (phone);
CREATE INDEX registrations_pc4 ON registrations (pc4);

-- What someone agreed to: which version of which text, in which language,
-- the SHA-256 of the exact words shown, and when.
CREATE TABLE consents (
    id              TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    text_version    TEXT NOT NULL,
    text_sha256     TEXT NOT NULL,
    language        TEXT NOT NULL,
    given_at        TEXT NOT NULL,
    withdrawn_at    TEXT
);
CREATE INDEX consents_registration ON consents (registration_id);

-- The status timeline a person sees ("received", "placed" …).
CREATE TABLE registration_events (
    id              TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    status          TEXT NOT NULL,
    occurred_at     TEXT NOT NULL
);
CREATE INDEX registration_events_registration ON registration_events (registration_id);

-- Idempotency keys of answered requests: a retry with the same key and body
-- gets the stored answer again instead of a second registration.
CREATE TABLE idempotency_keys (
    key             TEXT PRIMARY KEY,
    request_sha256  TEXT NOT NULL,
    response_status BIGINT,
    response_body   TEXT,
    created_at      TEXT NOT NULL
);

-- Mail to send, written in the same transaction as what caused it, so a
-- crash can neither lose a confirmation nor send one for a rolled-back sign-up.
CREATE TABLE outbox (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    kind            TEXT NOT NULL,
    registration_id TEXT REFERENCES registrations (id) ON DELETE CASCADE,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT,
    last_error      TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);
