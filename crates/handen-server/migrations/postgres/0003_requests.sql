-- Employers' requests: a work package, how many people, where, when.
-- Open ones make up the open demand that candidates' fit previews read.
-- `demo` marks seeded demand, so it can be told apart and removed.
CREATE TABLE requests (
    id               TEXT    PRIMARY KEY,
    organisation_id  TEXT,
    package          TEXT    NOT NULL,
    people           BIGINT NOT NULL,
    filled           BIGINT NOT NULL DEFAULT 0,
    postcode         TEXT    NOT NULL,
    pc4              BIGINT NOT NULL,
    starts_on        TEXT    NOT NULL,
    ends_on          TEXT,
    dayparts         BIGINT NOT NULL,
    hours_per_week   BIGINT NOT NULL,
    notes            TEXT,
    status           TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    demo             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX requests_status ON requests (status);
