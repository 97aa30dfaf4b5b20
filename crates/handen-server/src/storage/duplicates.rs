//! Earlier registrations that may be the same person, found through the
//! stored blocking keys (`dedup_keys`, indexed) rather than by reading every
//! registration: the sign-up check stays fast with a million of them.

use super::statements::{cell, take, Cell, Statements, Value};
use super::{Backend, Database, StorageError};
use handen_core::dedup::blocking;
use handen_core::dedup::{InputField, Person, RawRecord, Reader};
use sqlx::AnyConnection;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What the engine compares of a stored registration, and where to send a
/// link when it matches.
#[derive(Debug, Clone)]
pub struct Identity {
    pub id: String,
    pub given_names: String,
    pub name_prefix: String,
    pub surname: String,
    pub birth_date: String,
    pub email: String,
    pub phone: String,
    pub postcode: String,
    pub house_number: String,
    pub language: String,
}

impl Identity {
    pub fn person(&self, reader: &Reader) -> Person {
        use InputField::*;
        reader.person(
            &RawRecord::new()
                .with(GivenName, &self.given_names)
                .with(NamePrefix, &self.name_prefix)
                .with(Surname, &self.surname)
                .with(BirthDate, &self.birth_date)
                .with(Email, &self.email)
                .with(Phone, &self.phone)
                .with(Postcode, &self.postcode)
                .with(HouseNumber, &self.house_number),
        )
    }
}

/// A stored registration is compared against at most this many others: a
/// block this large (a shared office address) would not tell people apart.
const MAX_CANDIDATES: usize = 1_000;

const IDENTITY_COLUMNS: &str =
    "r.id, r.given_names, r.name_prefix, r.surname, r.birth_date, r.email, \
     r.phone, r.postcode, r.house_number, r.house_number_addition, r.language";

/// The row's texts are moved, not copied: the sign-up check reads a dozen
/// candidates per sign-up, and the copies were a good part of its time.
fn identity(mut row: Vec<Cell>) -> Result<Identity, StorageError> {
    let number = cell(&row, 8)?.int();
    let mut text = |i: usize| take(&mut row, i).map(Cell::into_text);
    let mut house_number = number.map(|n| n.to_string()).unwrap_or_default();
    house_number.push_str(&text(9)?);
    Ok(Identity {
        id: text(0)?,
        given_names: text(1)?,
        name_prefix: text(2)?,
        surname: text(3)?,
        birth_date: text(4)?,
        email: text(5)?,
        phone: text(6)?,
        postcode: text(7)?,
        house_number,
        language: text(10)?,
    })
}

/// Each stored registration that shares one of `keys` (a few dozen), with
/// the key it shares; at most `MAX_CANDIDATES` per key. One statement for
/// all of a sign-up group's keys: the writer runs it inside the group's
/// transaction.
pub(super) async fn sharing_each(
    conn: &mut impl Statements,
    backend: Backend,
    keys: &[i64],
) -> Result<Vec<(i64, Identity)>, StorageError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let rows = match backend {
        Backend::Sqlite => {
            let one_key = |n: usize| {
                format!(
                    "SELECT * FROM (SELECT {IDENTITY_COLUMNS}, dk.key FROM dedup_keys dk \
                     JOIN registrations r INDEXED BY registrations_identity \
                     ON r.id = dk.registration_id \
                     WHERE dk.key = ? LIMIT {MAX_CANDIDATES}) AS k{n}"
                )
            };
            let sql = (0..keys.len())
                .map(one_key)
                .collect::<Vec<_>>()
                .join(" UNION ALL ");
            let keys: Vec<Value> = keys.iter().map(|&key| Value::int(key)).collect();
            conn.rows(&sql, &keys).await?
        }
        // One small statement for all the keys, as an array literal (sqlx's
        // `Any` binds no arrays): PostgreSQL plans each execution
        // (`plan_cache_mode`), and a union of one branch per key took ~5 ms
        // to plan for 64 keys, as long as running it, which held a rush to
        // ~1,000 sign-ups a second. During a rush its statistics lag behind
        // the growing tables, and it planned a plain join as a scan of every
        // registration; ids looked up by an array leave it the index.
        Backend::Postgres => {
            let sql = format!(
                "SELECT {IDENTITY_COLUMNS}, k.key FROM unnest(CAST($1 AS BIGINT[])) AS k(key) \
                 CROSS JOIN LATERAL (SELECT * FROM registrations r \
                 WHERE r.id = ANY(ARRAY(SELECT registration_id FROM dedup_keys \
                 WHERE key = k.key LIMIT {MAX_CANDIDATES}))) AS r"
            );
            let list = keys
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(",");
            conn.rows(&sql, &[Value::string(format!("{{{list}}}"))])
                .await?
        }
    };
    rows.into_iter()
        .map(|row| {
            let key = cell(&row, 11)?.int().ok_or(StorageError::RowNotFound)?;
            Ok((key, identity(row)?))
        })
        .collect()
}

/// How stored registrations are read for comparison: the engine's defaults,
/// as on every other path.
pub(super) static READER: LazyLock<Reader> = LazyLock::new(Reader::default);

/// Gives a registration the blocking keys of what it holds now, in the
/// caller's transaction: after a changed e-mail address or phone number,
/// the old keys would lead the sign-up check to it by details it no longer
/// has, and the new ones would be missing.
pub(super) async fn rekey(
    conn: &mut AnyConnection,
    registration_id: &str,
) -> Result<(), StorageError> {
    let sql = format!("SELECT {IDENTITY_COLUMNS} FROM registrations r WHERE r.id = $1");
    let rows = conn.rows(&sql, &[Value::str(registration_id)]).await?;
    let Some(row) = rows.into_iter().next() else {
        return Ok(());
    };
    let keys = blocking::keys(&identity(row)?.person(&READER));
    sqlx::query("DELETE FROM dedup_keys WHERE registration_id = $1")
        .bind(registration_id)
        .execute(&mut *conn)
        .await?;
    insert_keys(conn, registration_id, &keys).await
}

/// Stores a registration's blocking keys, in the caller's transaction, and
/// marks it keyed.
pub(super) async fn store_keys(
    conn: &mut AnyConnection,
    registration_id: &str,
    keys: &[i64],
) -> Result<(), StorageError> {
    insert_keys(&mut *conn, registration_id, keys).await?;
    sqlx::query("UPDATE registrations SET dedup_keyed = 1 WHERE id = $1")
        .bind(registration_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The keys alone, in one statement (a person has a handful).
async fn insert_keys(
    conn: &mut AnyConnection,
    registration_id: &str,
    keys: &[i64],
) -> Result<(), StorageError> {
    if keys.is_empty() {
        return Ok(());
    }
    let rows: Vec<String> = (2..keys.len() + 2).map(|i| format!("(${i}, $1)")).collect();
    let sql = format!(
        "INSERT INTO dedup_keys (key, registration_id) VALUES {}",
        rows.join(", ")
    );
    let mut query = sqlx::query(&sql).bind(registration_id);
    for &key in keys {
        query = query.bind(key);
    }
    query.execute(conn).await?;
    Ok(())
}

impl Database {
    /// Registrations that share at least one blocking key with `keys` (a
    /// person's handful), each once, at most `MAX_CANDIDATES`.
    pub async fn identities_sharing(&self, keys: &[i64]) -> Result<Vec<Identity>, StorageError> {
        let mut conn = self.pool.acquire().await?;
        let mut seen = HashSet::new();
        Ok(sharing_each(&mut *conn, self.backend, keys)
            .await?
            .into_iter()
            .map(|(_, identity)| identity)
            .filter(|identity| seen.insert(identity.id.clone()))
            .take(MAX_CANDIDATES)
            .collect())
    }

    /// Gives registrations stored before duplicate detection existed their
    /// keys, a batch at a time; returns how many it keyed.
    pub async fn key_unkeyed(&self, reader: &Reader) -> Result<usize, StorageError> {
        let mut keyed = 0;
        loop {
            let sql = format!(
                "SELECT {IDENTITY_COLUMNS} FROM registrations r WHERE r.dedup_keyed = 0 LIMIT 500"
            );
            let rows = self.pool.acquire().await?.rows(&sql, &[]).await?;
            if rows.is_empty() {
                return Ok(keyed);
            }
            let mut tx = self.pool.begin().await?;
            keyed += rows.len();
            for row in rows {
                let identity = identity(row)?;
                let keys = blocking::keys(&identity.person(reader));
                store_keys(&mut tx, &identity.id, &keys).await?;
            }
            tx.commit().await?;
        }
    }
}

impl Database {
    /// Stores bare identities with their keys, for `handen bench check`:
    /// the other columns get fixed values. Never used for real people.
    pub async fn insert_bench_identities(
        &self,
        rows: &[(Identity, Vec<i64>)],
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        for (identity, keys) in rows {
            sqlx::query(
                "INSERT INTO registrations (id, reference, created_at, status, language, given_names, name_prefix, \
                 surname, birth_date, email, phone, postcode, pc4, house_number, travel_km, available_from, \
                 hours_per_week, dayparts, availability_confirmed_at, care_background, big_registered, diploma_level, \
                 courses, vog, languages, sectors, motivation, reservist, dedup_keyed) \
                 VALUES ($1, $1, '2026-01-01T00:00:00.000000Z', 'received', 'nl', $2, $3, $4, $5, $6, $7, $8, 1000, \
                 $9, 10, '2026-01-01', 8, 1, '2026-01-01T00:00:00.000000Z', 0, 0, 'none', '', 'none', 'nl', 'care', \
                 'crisis_help', 0, 0)",
            )
            .bind(&identity.id)
            .bind(&identity.given_names)
            .bind(&identity.name_prefix)
            .bind(&identity.surname)
            .bind(&identity.birth_date)
            .bind(&identity.email)
            .bind(&identity.phone)
            .bind(&identity.postcode)
            .bind(identity.house_number.parse::<i64>().ok())
            .execute(&mut *tx)
            .await?;
            store_keys(&mut tx, &identity.id, keys).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock;
    use crate::storage::accounts::ContactDetail;
    use crate::storage::group_commit::tests::{database, sign_up};
    use crate::storage::StoreOutcome;
    use handen_core::dedup::InputField;

    fn email_key(email: &str) -> Vec<i64> {
        blocking::keys(&READER.person(&RawRecord::new().with(InputField::Email, email)))
    }

    /// A new e-mail address replaces the old one's blocking key: the sign-up
    /// check finds the person by the address they have now, not by the one
    /// they gave up.
    #[tokio::test]
    async fn a_changed_email_address_changes_the_keys() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir, "h.db").await;
        let (mut new, _) = sign_up("key-rekey-00000000", "HND-REKY-AAAA");
        new.dedup_keys = email_key(new.registration.email.as_str());
        let old_key = new.dedup_keys.clone();
        assert!(matches!(
            db.store_registration(new).await,
            Ok(StoreOutcome::Created)
        ));
        let id: String = sqlx::query_scalar("SELECT id FROM registrations")
            .fetch_one(&db.pool)
            .await
            .expect("stored");
        db.set_contact(&id, ContactDetail::Email, "nieuw@example.nl", clock::now())
            .await
            .expect("changed");
        let found = |keys: Vec<i64>| {
            let db = db.clone();
            async move { db.identities_sharing(&keys).await.expect("lookup").len() }
        };
        assert_eq!(found(email_key("nieuw@example.nl")).await, 1);
        assert_eq!(found(old_key).await, 0);
    }
}
