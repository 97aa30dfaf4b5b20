-- The sign-up check reads, for every registration that shares a blocking
-- key with a new one, the fields the duplicate engine compares. From the
-- table that was two lookups per candidate (the id's index, then the row
-- among all the profile columns around it), and candidates grow with the
-- population (~17 per sign-up at 120,000 registrations). This index holds
-- just those fields, in id order (ids follow time, so a sign-up appends to
-- it), and answers the lookup alone. Erasure clears the fields in the row,
-- and with them here.
CREATE INDEX registrations_identity ON registrations (
    id, given_names, name_prefix, surname, birth_date, email, phone,
    postcode, house_number, house_number_addition, language
);
