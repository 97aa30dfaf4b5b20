-- The sign-up check reads, for each blocking key, the registrations that
-- share it. With the registration's id in the key's index it reads them
-- from the index alone, instead of visiting each key's row first.
CREATE INDEX dedup_keys_key_registration ON dedup_keys (key, registration_id);
DROP INDEX dedup_keys_key;

-- Nothing looks registrations up by postcode area (the pool reads every
-- eligible row and measures distances itself), and under a rush of
-- sign-ups each entry cost a write at a random place in the file.
DROP INDEX registrations_pc4;
