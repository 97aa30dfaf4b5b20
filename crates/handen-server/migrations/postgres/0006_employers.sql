-- Organisations that ask for people, and the people who act for them.
-- A member without an organisation is an administrator.
CREATE TABLE organisations (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    kvk            TEXT NOT NULL UNIQUE,
    sector         TEXT NOT NULL,
    postcode       TEXT NOT NULL,
    contact_name   TEXT NOT NULL,
    contact_email  TEXT NOT NULL,
    language       TEXT NOT NULL,
    status         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    decided_at     TEXT
);

CREATE TABLE members (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT REFERENCES organisations (id),
    name            TEXT NOT NULL,
    email           TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL,
    language        TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

-- Members sign in by link, like candidates, with their own tokens and
-- sessions: a member is never a registration.
CREATE TABLE member_tokens (
    token_sha256 TEXT PRIMARY KEY,
    member_id    TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_at      TEXT
);

CREATE TABLE member_sessions (
    id_sha256   TEXT PRIMARY KEY,
    member_id   TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    csrf_token  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE INDEX requests_organisation ON requests (organisation_id);

-- An employer asking to meet a candidate for a request. The candidate's
-- identity reaches the employer only once status is 'accepted' or later.
-- One row per request and person: who declined is not asked again.
CREATE TABLE introductions (
    id                  TEXT PRIMARY KEY,
    request_id          TEXT NOT NULL REFERENCES requests (id),
    organisation_id     TEXT NOT NULL REFERENCES organisations (id),
    registration_id     TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    card_id             TEXT NOT NULL,
    status              TEXT NOT NULL,
    asked_at            TEXT NOT NULL,
    answered_at         TEXT,
    reminded_at         TEXT,
    outcome_reason      TEXT,
    outcome_note        TEXT,
    outcome_at          TEXT,
    outcome_reminded_at TEXT,
    UNIQUE (request_id, registration_id)
);
CREATE INDEX introductions_registration ON introductions (registration_id);
CREATE INDEX introductions_organisation ON introductions (organisation_id, asked_at);

-- Secrets the server makes once and keeps (the key of the pool's card ids).
CREATE TABLE server_secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
