//! Storing a sign-up: one transaction holds the idempotency key, the
//! registration, its consent records, its first timeline event and the
//! confirmation mail. Either all of it is stored, or none.

use super::{profile, Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_id;
use crate::mail::Mail;
use handen_core::account::StatusEvent;
use handen_core::consent::ConsentKind;
use handen_core::Registration;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use sqlx::Row;
use time::OffsetDateTime;

pub struct NewRegistration {
    pub registration: Registration,
    pub reference: String,
    pub idempotency_key: String,
    pub request_sha256: String,
    /// The 201 body to store with the key, for replays.
    pub response_body: String,
    /// `None` stores without mail (demo data).
    pub confirmation: Option<Mail>,
    /// The registration's blocking keys (`handen_core::dedup::blocking`).
    pub dedup_keys: Vec<i64>,
    /// An earlier registration this one probably duplicates.
    pub duplicate_of: Option<DuplicateOf>,
    pub now: OffsetDateTime,
}

/// A probable earlier registration of the same person, with the engine's
/// reasons, for a recruiter to review.
pub struct DuplicateOf {
    pub registration_id: String,
    pub weight: f32,
    /// `handen_core::dedup::Comparison` as JSON.
    pub evidence: String,
}

#[derive(Debug, Clone)]
pub enum StoreOutcome {
    Created,
    /// The key was used before with this very request: answer as then.
    Replayed {
        status: u16,
        body: String,
    },
    /// The key was used before with another request.
    KeyReused,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Database {
    /// Stores a sign-up, durably: the answer comes after the commit that
    /// holds it, which the sign-up writer shares with whatever other
    /// sign-ups arrived meanwhile (group commit, `storage::group_commit`).
    pub async fn store_registration(
        &self,
        new: NewRegistration,
    ) -> Result<StoreOutcome, StorageError> {
        self.sign_ups.store(new).await
    }
}

/// Writes one sign-up in the caller's transaction (the writer gives each its
/// own savepoint): the idempotency key with its answer, the registration,
/// its consent records, its first timeline event, its blocking keys and the
/// confirmation mail. Few statements, because the writer runs them one
/// after another for every sign-up.
pub(super) async fn write(
    conn: &mut AnyConnection,
    new: &NewRegistration,
) -> Result<StoreOutcome, StorageError> {
    let now = timestamp(new.now);
    let id = new_id();
    let claimed = sqlx::query(
        "INSERT INTO idempotency_keys (key, request_sha256, created_at, response_status, response_body, registration_id) \
         VALUES ($1, $2, $3, 201, $4, $5) ON CONFLICT (key) DO NOTHING",
    )
    .bind(&new.idempotency_key)
    .bind(&new.request_sha256)
    .bind(&now)
    .bind(&new.response_body)
    .bind(&id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if claimed == 0 {
        return stored_answer(conn, new).await;
    }

    let r = &new.registration;
    let insert = format!(
        "INSERT INTO registrations (id, reference, created_at, availability_confirmed_at, status, language, \
         given_names, name_prefix, surname, birth_date, email, phone, postcode, pc4, house_number, \
         house_number_addition, motivation, reservist, dedup_keyed, {}) \
         VALUES ($1, $2, $3, $3, 'received', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, {})",
        profile::COLUMNS,
        (17..17 + profile::COUNT)
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let query = sqlx::query(&insert)
        .bind(&id)
        .bind(&new.reference)
        .bind(&now)
        .bind(r.language.code())
        .bind(r.name.given_names())
        .bind(r.name.prefix())
        .bind(r.name.surname())
        .bind(r.birth_date.to_string())
        .bind(r.email.as_str())
        .bind(r.phone.as_str())
        .bind(r.address.postcode.to_string())
        .bind(i64::from(r.address.postcode.pc4()))
        .bind(i64::from(r.address.house_number.number()))
        .bind(r.address.house_number.addition())
        .bind(r.motivation.code())
        .bind(i64::from(r.reservist));
    profile::bind(query, &r.travel, &r.availability, &r.background, &r.sectors)
        .execute(&mut *conn)
        .await?;

    // One statement for both consents (crisis, and reservist when given).
    let mut kinds = vec![ConsentKind::Crisis];
    if r.reservist {
        kinds.push(ConsentKind::Reservist);
    }
    let rows: Vec<String> = (0..kinds.len())
        .map(|k| {
            let b = 5 + 3 * k;
            format!("(${b}, $1, ${}, $2, ${}, $3, $4)", b + 1, b + 2)
        })
        .collect();
    let sql = format!(
        "INSERT INTO consents (id, registration_id, kind, text_version, text_sha256, language, given_at) VALUES {}",
        rows.join(", ")
    );
    let mut query = sqlx::query(&sql)
        .bind(&id)
        .bind(&r.consent_version)
        .bind(r.language.code())
        .bind(&now);
    for kind in &kinds {
        query = query
            .bind(new_id())
            .bind(kind.code())
            .bind(sha256_hex(kind.text(r.language).as_bytes()));
    }
    query.execute(&mut *conn).await?;

    super::accounts::add_event(conn, &id, StatusEvent::Received, None, new.now).await?;
    if let Some(earlier) = &new.duplicate_of {
        mark_duplicate(conn, &id, earlier).await?;
        super::accounts::add_event(conn, &id, StatusEvent::LinkedToEarlier, None, new.now).await?;
    }
    super::duplicates::insert_keys(conn, &id, &new.dedup_keys).await?;
    if let Some(mail) = &new.confirmation {
        super::outbox::enqueue(
            conn,
            "registration_confirmation",
            Some(&id),
            mail,
            false,
            new.now,
        )
        .await?;
    }
    Ok(StoreOutcome::Created)
}

/// The answer stored with a sign-up's key that was used before: the same
/// answer again for the same request, a refusal for another one.
pub(super) async fn stored_answer(
    conn: &mut AnyConnection,
    new: &NewRegistration,
) -> Result<StoreOutcome, StorageError> {
    let row = sqlx::query(
        "SELECT request_sha256, response_status, response_body FROM idempotency_keys WHERE key = $1",
    )
    .bind(&new.idempotency_key)
    .fetch_one(&mut *conn)
    .await?;
    let stored_hash: String = row.try_get(0)?;
    let status: Option<i64> = row.try_get(1)?;
    let body: Option<String> = row.try_get(2)?;
    Ok(match (stored_hash == new.request_sha256, status, body) {
        (true, Some(status), Some(body)) => StoreOutcome::Replayed {
            status: u16::try_from(status).unwrap_or(500),
            body,
        },
        _ => StoreOutcome::KeyReused,
    })
}

/// Links a sign-up to the earlier registration it probably duplicates, for
/// review. Its own statement, never a NULL weight in the insert: sqlx's Any
/// driver sends a NULL double to PostgreSQL as float4, and a prepared
/// insert would then refuse the next real (float8) weight.
pub(super) async fn mark_duplicate(
    conn: &mut AnyConnection,
    id: &str,
    earlier: &DuplicateOf,
) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE registrations SET duplicate_of = $1, duplicate_weight = $2, duplicate_evidence = $3, \
         needs_review = 1 WHERE id = $4",
    )
    .bind(&earlier.registration_id)
    .bind(f64::from(earlier.weight))
    .bind(&earlier.evidence)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}
