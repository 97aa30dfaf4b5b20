-- What happened, when, to which record: never who the person is. Erasing a
-- person's data leaves these lines, so they must never hold personal data.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT   NOT NULL,
    action      TEXT   NOT NULL,
    subject     TEXT
);
CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at);
