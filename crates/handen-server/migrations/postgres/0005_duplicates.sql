-- Blocking keys of every registration (handen_core::dedup::blocking): the
-- sign-up check finds earlier registrations that may be the same person
-- through this index instead of reading them all.
CREATE TABLE dedup_keys (
    key             BIGINT NOT NULL,
    registration_id TEXT   NOT NULL REFERENCES registrations (id) ON DELETE CASCADE
);
CREATE INDEX dedup_keys_key ON dedup_keys (key);
CREATE INDEX dedup_keys_registration ON dedup_keys (registration_id);

-- A probable duplicate is stored, linked to the earlier registration and
-- marked for a recruiter's review; never dropped or merged silently.
ALTER TABLE registrations ADD COLUMN duplicate_of TEXT;
ALTER TABLE registrations ADD COLUMN duplicate_weight DOUBLE PRECISION;
ALTER TABLE registrations ADD COLUMN duplicate_evidence TEXT;
ALTER TABLE registrations ADD COLUMN needs_review BIGINT NOT NULL DEFAULT 0;
-- Registrations stored before this migration get their keys at start-up.
ALTER TABLE registrations ADD COLUMN dedup_keyed BIGINT NOT NULL DEFAULT 0;
