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
use sqlx::Row;
use time::OffsetDateTime;

pub struct NewRegistration<'a> {
    pub registration: &'a Registration,
    pub reference: &'a str,
    pub idempotency_key: &'a str,
    pub request_sha256: &'a str,
    /// The 201 body to store with the key, for replays.
    pub response_body: &'a str,
    /// `None` stores without mail (demo data).
    pub confirmation: Option<&'a Mail>,
    /// The registration's blocking keys (`handen_core::dedup::blocking`).
    pub dedup_keys: &'a [i64],
    /// An earlier registration this one probably duplicates.
    pub duplicate_of: Option<&'a DuplicateOf>,
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
    pub async fn store_registration(
        &self,
        new: NewRegistration<'_>,
    ) -> Result<StoreOutcome, StorageError> {
        let now = timestamp(new.now);
        let mut tx = self.pool.begin().await?;
        // Writing first takes SQLite's write lock at once, so concurrent
        // retries queue here instead of failing on an upgraded lock.
        let claimed = sqlx::query(
            "INSERT INTO idempotency_keys (key, request_sha256, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (key) DO NOTHING",
        )
        .bind(new.idempotency_key)
        .bind(new.request_sha256)
        .bind(&now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            let row = sqlx::query(
                "SELECT request_sha256, response_status, response_body FROM idempotency_keys WHERE key = $1",
            )
            .bind(new.idempotency_key)
            .fetch_one(&mut *tx)
            .await?;
            tx.rollback().await?;
            let stored_hash: String = row.try_get(0)?;
            let status: Option<i64> = row.try_get(1)?;
            let body: Option<String> = row.try_get(2)?;
            return Ok(match (stored_hash == new.request_sha256, status, body) {
                (true, Some(status), Some(body)) => StoreOutcome::Replayed {
                    status: u16::try_from(status).unwrap_or(500),
                    body,
                },
                _ => StoreOutcome::KeyReused,
            });
        }

        let r = new.registration;
        let id = new_id();
        let insert = format!(
            "INSERT INTO registrations (id, reference, created_at, availability_confirmed_at, status, language, \
             given_names, name_prefix, surname, birth_date, email, phone, postcode, pc4, house_number, \
             house_number_addition, motivation, reservist, {}) \
             VALUES ($1, $2, $3, $3, 'received', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, {})",
            profile::COLUMNS,
            (17..17 + profile::COUNT)
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", "),
        );
        let query = sqlx::query(&insert)
            .bind(&id)
            .bind(new.reference)
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
            .execute(&mut *tx)
            .await?;

        let mut kinds = vec![ConsentKind::Crisis];
        if r.reservist {
            kinds.push(ConsentKind::Reservist);
        }
        for kind in kinds {
            sqlx::query(
                "INSERT INTO consents (id, registration_id, kind, text_version, text_sha256, language, given_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(new_id())
            .bind(&id)
            .bind(kind.code())
            .bind(&r.consent_version)
            .bind(sha256_hex(kind.text(r.language).as_bytes()))
            .bind(r.language.code())
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }

        sqlx::query(
            "INSERT INTO registration_events (id, registration_id, status, occurred_at) VALUES ($1, $2, 'received', $3)",
        )
        .bind(new_id())
        .bind(&id)
        .bind(&now)
        .execute(&mut *tx)
        .await?;

        super::duplicates::store_keys(&mut tx, &id, new.dedup_keys).await?;
        if let Some(earlier) = new.duplicate_of {
            sqlx::query(
                "UPDATE registrations SET duplicate_of = $1, duplicate_weight = $2, duplicate_evidence = $3, \
                 needs_review = 1 WHERE id = $4",
            )
            .bind(&earlier.registration_id)
            .bind(f64::from(earlier.weight))
            .bind(&earlier.evidence)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            super::accounts::add_event(&mut tx, &id, StatusEvent::LinkedToEarlier, None, new.now)
                .await?;
        }

        if let Some(mail) = new.confirmation {
            super::outbox::enqueue(
                &mut tx,
                "registration_confirmation",
                Some(&id),
                mail,
                false,
                new.now,
            )
            .await?;
        }

        sqlx::query(
            "UPDATE idempotency_keys SET response_status = 201, response_body = $1, registration_id = $3 WHERE key = $2",
        )
        .bind(new.response_body)
        .bind(new.idempotency_key)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(StoreOutcome::Created)
    }
}
