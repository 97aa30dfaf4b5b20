//! A group of sign-ups written with a few statements per table: the writer
//! (`group_commit`) would otherwise run a dozen statements per sign-up one
//! after another, and under a rush those round trips, not the disk, set the
//! pace. A group whose batch fails is written again one sign-up at a time,
//! each a group of one in its own savepoint.

use super::registrations::{sha256_hex, DuplicateOf, NewRegistration, StoreOutcome};
use super::statements::{cell, Cell, Statements, Value};
use super::{duplicates, profile, values, Backend, StorageError};
use crate::clock::timestamp;
use crate::ids::new_ordered_id;
use crate::mail::Mail;
use handen_core::account::StatusEvent;
use handen_core::consent::ConsentKind;
use handen_core::dedup::{best_match, Person};
use std::collections::{HashMap, HashSet};

/// The group, its new ids, how its statements name placeholders, and the
/// earlier registration each sign-up probably duplicates.
struct Batch<'a> {
    backend: Backend,
    group: &'a [&'a NewRegistration],
    ids: Vec<String>,
    earlier: Vec<Option<DuplicateOf>>,
}

pub(super) async fn write_group(
    conn: &mut impl Statements,
    backend: Backend,
    group: &[&NewRegistration],
) -> Result<Vec<StoreOutcome>, StorageError> {
    let mut b = Batch {
        backend,
        group,
        ids: group.iter().map(|new| new_ordered_id(new.now)).collect(),
        earlier: vec![None; group.len()],
    };
    let created = claim_keys(conn, &b).await?;
    if !created.is_empty() {
        b.earlier = find_earlier(conn, &b, &created).await?;
        insert_registrations(conn, &b, &created).await?;
        insert_consents(conn, &b, &created).await?;
        insert_events(conn, &b, &created).await?;
        for &i in &created {
            if let Some(earlier) = &b.earlier[i] {
                super::registrations::mark_duplicate(conn, &b.ids[i], earlier).await?;
            }
        }
        insert_keys(conn, &b, &created).await?;
        insert_mail(conn, &b, &created).await?;
    }

    // The rest used a key that was there before (or earlier in this group):
    // each is answered as the key's first request was.
    let created: HashSet<usize> = created.into_iter().collect();
    let mut answers: HashMap<&str, StoreOutcome> = HashMap::new();
    let mut outcomes = Vec::with_capacity(group.len());
    for (i, new) in group.iter().enumerate() {
        if created.contains(&i) {
            outcomes.push(StoreOutcome::Created);
            continue;
        }
        let outcome = match answers.get(new.idempotency_key.as_str()) {
            Some(outcome) => outcome.clone(),
            None => super::registrations::stored_answer(conn, new).await?,
        };
        answers.insert(&new.idempotency_key, outcome.clone());
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// For each new sign-up that asks for the check, the registration it most
/// probably duplicates: a stored one that shares a blocking key, or one
/// earlier in this very group (two sign-ups of one person within a
/// second, which a check before the write would both miss).
async fn find_earlier(
    conn: &mut impl Statements,
    b: &Batch<'_>,
    created: &[usize],
) -> Result<Vec<Option<DuplicateOf>>, StorageError> {
    let checked: Vec<(usize, &Person)> = created
        .iter()
        .filter_map(|&i| b.group[i].probe.as_ref().map(|probe| (i, probe)))
        .collect();
    let mut keys: Vec<i64> = checked
        .iter()
        .flat_map(|&(i, _)| b.group[i].dedup_keys.iter().copied())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    // Who shares each key, and how the engine reads them.
    let mut sharing: HashMap<i64, Vec<String>> = HashMap::new();
    let mut people: HashMap<String, Person> = HashMap::new();
    for part in chunks(&keys) {
        for (key, identity) in duplicates::sharing_each(conn, b.backend, part).await? {
            people
                .entry(identity.id.clone())
                .or_insert_with(|| identity.person(&duplicates::READER));
            sharing.entry(key).or_default().push(identity.id);
        }
    }
    let mut earlier = vec![None; b.group.len()];
    for (i, probe) in checked {
        let keys = &b.group[i].dedup_keys;
        let mut seen = HashSet::new();
        let candidates = keys
            .iter()
            .filter_map(|key| sharing.get(key))
            .flatten()
            .filter(|id| seen.insert(id.as_str()))
            .filter_map(|id| people.get(id).map(|person| (id, person)));
        earlier[i] = best_match(probe, candidates)
            .map(|(id, comparison)| DuplicateOf::new(id.clone(), &comparison));
        // Later sign-ups of the group meet this one.
        people.insert(b.ids[i].clone(), probe.clone());
        for &key in keys {
            sharing.entry(key).or_default().push(b.ids[i].clone());
        }
    }
    Ok(earlier)
}

/// Power-of-two slices (64, 32 … 1): a handful of statement shapes per
/// table that stay in the connection's statement cache, where one shape per
/// group size would be prepared anew for nearly every group.
fn chunks<T>(items: &[T]) -> Vec<&[T]> {
    let mut parts = Vec::new();
    let mut rest = items;
    while !rest.is_empty() {
        let size = 1usize << rest.len().min(64).ilog2();
        let (part, tail) = rest.split_at(size);
        parts.push(part);
        rest = tail;
    }
    parts
}

/// Runs `INSERT INTO {into} VALUES …` for `rows`, a chunk at a time;
/// `row` adds a row's `columns` values.
async fn insert_rows<'r, T>(
    conn: &mut impl Statements,
    b: &'r Batch<'r>,
    into: &str,
    columns: usize,
    rows: &'r [T],
    row: impl Fn(&mut Vec<Value<'r>>, &'r T),
) -> Result<(), StorageError> {
    insert_returning(conn, b, into, "", columns, rows, row)
        .await
        .map(drop)
}

/// `insert_rows` with `then` after the values (an `ON CONFLICT …
/// RETURNING`); every row the statements returned.
async fn insert_returning<'r, T>(
    conn: &mut impl Statements,
    b: &'r Batch<'r>,
    into: &str,
    then: &str,
    columns: usize,
    rows: &'r [T],
    row: impl Fn(&mut Vec<Value<'r>>, &'r T),
) -> Result<Vec<Vec<Cell>>, StorageError> {
    let (mut bound, mut returned) = (Vec::new(), Vec::new());
    for part in chunks(rows) {
        let sql = format!(
            "INSERT INTO {into} VALUES {} {then}",
            values(b.backend, part.len(), columns)
        );
        bound.clear();
        for item in part {
            row(&mut bound, item);
        }
        returned.extend(conn.rows(&sql, &bound).await?);
    }
    Ok(returned)
}

/// Stores each new key with its answer; returns the sign-ups whose key was
/// new (a key used twice in the group belongs to its first use).
async fn claim_keys(conn: &mut impl Statements, b: &Batch<'_>) -> Result<Vec<usize>, StorageError> {
    let mut seen = HashSet::new();
    let first_uses: Vec<usize> = (0..b.group.len())
        .filter(|&i| seen.insert(b.group[i].idempotency_key.as_str()))
        .collect();
    let into = "idempotency_keys (key, request_sha256, created_at, response_status, response_body, registration_id)";
    let then = "ON CONFLICT (key) DO NOTHING RETURNING key";
    let returned = insert_returning(conn, b, into, then, 6, &first_uses, move |row, &i| {
        let new = b.group[i];
        row.extend([
            Value::str(&new.idempotency_key),
            Value::str(&new.request_sha256),
            Value::string(timestamp(new.now)),
            Value::int(201),
            Value::str(&new.response_body),
            Value::str(&b.ids[i]),
        ]);
    })
    .await?;
    let claimed = returned
        .iter()
        .map(|row| Ok(cell(row, 0)?.text()))
        .collect::<Result<HashSet<_>, StorageError>>()?;
    Ok(first_uses
        .into_iter()
        .filter(|&i| claimed.contains(&b.group[i].idempotency_key))
        .collect())
}

async fn insert_registrations(
    conn: &mut impl Statements,
    b: &Batch<'_>,
    created: &[usize],
) -> Result<(), StorageError> {
    let into = format!(
        "registrations (id, reference, created_at, availability_confirmed_at, status, language, \
         given_names, name_prefix, surname, birth_date, email, phone, postcode, pc4, house_number, \
         house_number_addition, motivation, reservist, dedup_keyed, {})",
        profile::COLUMNS
    );
    insert_rows(
        conn,
        b,
        &into,
        19 + profile::COUNT,
        created,
        move |row, &i| {
            let (new, r) = (b.group[i], &b.group[i].registration);
            let now = timestamp(new.now);
            row.extend([
                Value::str(&b.ids[i]),
                Value::str(&new.reference),
                Value::string(now.clone()),
                Value::string(now),
                Value::str("received"),
                Value::str(r.language.code()),
                Value::str(r.name.given_names()),
                Value::opt_str(r.name.prefix()),
                Value::str(r.name.surname()),
                Value::string(r.birth_date.to_string()),
                Value::str(r.email.as_str()),
                Value::str(r.phone.as_str()),
                Value::string(r.address.postcode.to_string()),
                Value::int(r.address.postcode.pc4()),
                Value::int(r.address.house_number.number()),
                Value::opt_str(r.address.house_number.addition()),
                Value::str(r.motivation.code()),
                Value::int(r.reservist),
                Value::int(1),
            ]);
            row.extend(profile::values(
                &r.travel,
                &r.availability,
                &r.background,
                &r.sectors,
            ));
        },
    )
    .await
}

async fn insert_consents(
    conn: &mut impl Statements,
    b: &Batch<'_>,
    created: &[usize],
) -> Result<(), StorageError> {
    let consents: Vec<(usize, ConsentKind)> = created
        .iter()
        .flat_map(|&i| {
            let reservist = b.group[i].registration.reservist;
            std::iter::once((i, ConsentKind::Crisis))
                .chain(reservist.then_some((i, ConsentKind::Reservist)))
        })
        .collect();
    let into =
        "consents (id, registration_id, kind, text_version, text_sha256, language, given_at)";
    insert_rows(conn, b, into, 7, &consents, move |row, &(i, kind)| {
        let r = &b.group[i].registration;
        row.extend([
            Value::string(new_ordered_id(b.group[i].now)),
            Value::str(&b.ids[i]),
            Value::str(kind.code()),
            Value::str(&r.consent_version),
            Value::string(sha256_hex(kind.text(r.language).as_bytes())),
            Value::str(r.language.code()),
            Value::string(timestamp(b.group[i].now)),
        ]);
    })
    .await
}

async fn insert_events(
    conn: &mut impl Statements,
    b: &Batch<'_>,
    created: &[usize],
) -> Result<(), StorageError> {
    let events: Vec<(usize, StatusEvent)> = created
        .iter()
        .flat_map(|&i| {
            let linked = b.earlier[i].is_some();
            std::iter::once((i, StatusEvent::Received))
                .chain(linked.then_some((i, StatusEvent::LinkedToEarlier)))
        })
        .collect();
    let into = "registration_events (id, registration_id, status, occurred_at)";
    insert_rows(conn, b, into, 4, &events, move |row, &(i, event)| {
        row.extend([
            Value::string(new_ordered_id(b.group[i].now)),
            Value::str(&b.ids[i]),
            Value::str(event.code()),
            Value::string(timestamp(b.group[i].now)),
        ]);
    })
    .await
}

async fn insert_keys(
    conn: &mut impl Statements,
    b: &Batch<'_>,
    created: &[usize],
) -> Result<(), StorageError> {
    let keys: Vec<(usize, i64)> = created
        .iter()
        .flat_map(|&i| b.group[i].dedup_keys.iter().map(move |&key| (i, key)))
        .collect();
    insert_rows(
        conn,
        b,
        "dedup_keys (key, registration_id)",
        2,
        &keys,
        move |row, &(i, key)| row.extend([Value::int(key), Value::str(&b.ids[i])]),
    )
    .await
}

async fn insert_mail(
    conn: &mut impl Statements,
    b: &Batch<'_>,
    created: &[usize],
) -> Result<(), StorageError> {
    let mail: Vec<(usize, &Mail)> = created
        .iter()
        .filter_map(|&i| b.group[i].confirmation.as_ref().map(|mail| (i, mail)))
        .collect();
    let into = "outbox (id, created_at, kind, registration_id, recipient, subject, body, next_attempt_at, purge_after_send)";
    insert_rows(conn, b, into, 9, &mail, move |row, &(i, mail)| {
        let now = timestamp(b.group[i].now);
        row.extend([
            Value::string(new_ordered_id(b.group[i].now)),
            Value::string(now.clone()),
            Value::str("registration_confirmation"),
            Value::str(&b.ids[i]),
            Value::str(&mail.to),
            Value::str(&mail.subject),
            Value::str(&mail.body),
            Value::string(now),
            Value::int(0),
        ]);
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::chunks;

    #[test]
    fn chunks_are_powers_of_two_of_at_most_64_in_order() {
        let items: Vec<usize> = (0..203).collect();
        let sizes: Vec<usize> = chunks(&items).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, [64, 64, 64, 8, 2, 1]);
        assert_eq!(chunks(&items).concat(), items);
        assert!(chunks::<u8>(&[]).is_empty());
    }
}
