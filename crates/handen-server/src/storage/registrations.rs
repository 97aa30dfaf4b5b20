//! A sign-up as storage takes it, and what storing it answers. The key with
//! its answer, the registration, its consent records, its first timeline
//! event, its blocking keys and the confirmation mail are stored together
//! or not at all, group-committed with other sign-ups (`group_commit`,
//! `registration_batch`).

use super::statements::{cell, Statements, Value};
use super::{Database, StorageError};
use crate::mail::Mail;
use handen_core::dedup::{Comparison, Person};
use handen_core::Registration;
use sha2::{Digest, Sha256};
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
    /// The registration as the duplicate engine reads it. The writer
    /// compares it with the earlier registrations that share a key, in the
    /// transaction that stores it, so two sign-ups of one person in the same
    /// group still meet. `None` stores it unchecked (demo data).
    pub probe: Option<Person>,
    pub now: OffsetDateTime,
}

/// A probable earlier registration of the same person, with the engine's
/// reasons, for a recruiter to review.
#[derive(Debug, Clone)]
pub struct DuplicateOf {
    pub registration_id: String,
    pub weight: f32,
    /// `handen_core::dedup::Comparison` as JSON.
    pub evidence: String,
}

impl DuplicateOf {
    pub fn new(registration_id: String, comparison: &Comparison) -> DuplicateOf {
        DuplicateOf {
            registration_id,
            weight: comparison.weight,
            evidence: serde_json::to_string(comparison).unwrap_or_default(),
        }
    }
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

/// The answer stored with a sign-up's key that was used before: the same
/// answer again for the same request, a refusal for another one.
pub(super) async fn stored_answer(
    conn: &mut impl Statements,
    new: &NewRegistration,
) -> Result<StoreOutcome, StorageError> {
    let rows = conn
        .rows(
            "SELECT request_sha256, response_status, response_body FROM idempotency_keys WHERE key = $1",
            &[Value::str(&new.idempotency_key)],
        )
        .await?;
    let row = rows.first().ok_or(StorageError::RowNotFound)?;
    let stored_hash = cell(row, 0)?.text();
    let status = cell(row, 1)?.int();
    let body = cell(row, 2)?;
    Ok(match (stored_hash == new.request_sha256, status, body) {
        (true, Some(status), super::statements::Cell::Text(body)) => StoreOutcome::Replayed {
            status: u16::try_from(status).unwrap_or(500),
            body: body.clone(),
        },
        _ => StoreOutcome::KeyReused,
    })
}

/// Links a sign-up to the earlier registration it probably duplicates, for
/// review. Its own statement, never a NULL weight in the insert: sqlx's Any
/// driver sends a NULL double to PostgreSQL as float4, and a prepared
/// insert would then refuse the next real (float8) weight.
pub(super) async fn mark_duplicate(
    conn: &mut impl Statements,
    id: &str,
    earlier: &DuplicateOf,
) -> Result<(), StorageError> {
    conn.run(
        "UPDATE registrations SET duplicate_of = $1, duplicate_weight = $2, duplicate_evidence = $3, \
         needs_review = 1 WHERE id = $4",
        &[
            Value::str(&earlier.registration_id),
            Value::Real(f64::from(earlier.weight)),
            Value::str(&earlier.evidence),
            Value::str(id),
        ],
    )
    .await?;
    Ok(())
}
