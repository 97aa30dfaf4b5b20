//! Who is in a request's pool: registrations that may be shown to
//! employers at all, read as the fit engine's profile and placed with
//! `handen_core::pool`. Card ids are made here, per request.

use super::rows::{big_status, text};
use super::{Database, StorageError};
use handen_core::fit::FitProfile;
use handen_core::pool::{place, Placement, PoolCandidate, PoolQuery};
use handen_core::{Date, RegistrationForm};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// One candidate in a pool; `registration_id` never leaves the server.
pub struct Pooled {
    pub registration_id: String,
    pub card_id: String,
    pub candidate: PoolCandidate,
    pub placement: Placement,
}

/// HMAC-SHA256 of request and registration under the server's key: stable
/// within a request (an employer can come back to a card), unlinkable
/// across requests, and meaningless without the key.
pub fn card_id(key: &str, request_id: &str, registration_id: &str) -> String {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    let key = key.as_bytes();
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| k.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(request_id.as_bytes())
        .chain_update(b"\n")
        .chain_update(registration_id.as_bytes())
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize();
    outer[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Everyone an employer may see at all: crisis consent not withdrawn, not
/// paused, availability not gone stale, not a probable duplicate, not
/// placed, no introduction under way, and not introduced for this request
/// before. Then the request's own dates and dayparts.
const ELIGIBLE: &str = "SELECT r.id, r.birth_date, r.hours_per_week, r.available_from, r.available_until, r.dayparts, \
     r.pc4, r.travel_km, r.care_background, r.big_registered, r.big_expired_on, r.diploma_level, r.courses, r.vog \
     FROM registrations r \
     WHERE r.left_out_of_pools = 0 AND r.duplicate_of IS NULL \
     AND (r.paused_until IS NULL OR r.paused_until < $1) \
     AND EXISTS (SELECT 1 FROM consents c WHERE c.registration_id = r.id AND c.kind = 'crisis' AND c.withdrawn_at IS NULL) \
     AND NOT EXISTS (SELECT 1 FROM introductions i WHERE i.registration_id = r.id \
         AND (i.status IN ('asked', 'accepted', 'placed') OR i.request_id = $2)) \
     AND (r.available_until IS NULL OR r.available_until >= $3) \
     AND (r.dayparts & $4) <> 0";

fn number(row: &sqlx::any::AnyRow, i: usize) -> Result<String, StorageError> {
    Ok(row
        .try_get::<Option<i64>, _>(i)?
        .map(|n| n.to_string())
        .unwrap_or_default())
}

/// The stored answers as the form the fit engine reads, so the pool judges
/// a person by exactly the rules the person's own fit preview used.
fn candidate(row: &sqlx::any::AnyRow, today: Date) -> Result<Option<PoolCandidate>, StorageError> {
    let grid = handen_core::availability::WeekGrid::from_bits(
        u32::try_from(row.try_get::<i64, _>(5)?).unwrap_or(0),
    )
    .unwrap_or_default();
    let big_registered = row.try_get::<i64, _>(9)? == 1;
    let expired_on = text(row, 10)?;
    let form = RegistrationForm {
        birth_date: text(row, 1)?,
        hours_per_week: number(row, 2)?,
        available_from: text(row, 3)?,
        available_until: text(row, 4)?,
        dayparts: grid.codes(),
        postcode: format!("{:04}", row.try_get::<i64, _>(6)?),
        travel_km: number(row, 7)?,
        care_background: Some(row.try_get::<i64, _>(8)? == 1),
        big_registered: Some(big_registered),
        big_status: big_status(big_registered, &expired_on),
        big_expired_on: expired_on,
        diploma_level: text(row, 11)?,
        courses: text(row, 12)?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        vog: text(row, 13)?,
        ..RegistrationForm::default()
    };
    let Ok(available_from) = Date::parse_iso(&form.available_from) else {
        return Ok(None);
    };
    Ok(Some(PoolCandidate {
        available_until: Date::parse_iso(&form.available_until).ok(),
        profile: FitProfile::from_form(&form, today),
        available_from,
    }))
}

impl Database {
    /// The pool for `query`, best first: fits now before after a course,
    /// full availability before partial, near before far, then by card id
    /// (an order that says nothing about when someone signed up).
    pub async fn pool(
        &self,
        request_id: &str,
        query: &PoolQuery<'_>,
        card_key: &str,
        today: Date,
    ) -> Result<Vec<Pooled>, StorageError> {
        let rows = sqlx::query(ELIGIBLE)
            .bind(today.to_string())
            .bind(request_id)
            .bind(query.starts_on.to_string())
            .bind(i64::from(query.slots.bits()))
            .fetch_all(&self.pool)
            .await?;
        let mut pooled = Vec::new();
        for row in &rows {
            let Some(candidate) = candidate(row, today)? else {
                continue;
            };
            if let Some(placement) = place(query, &candidate) {
                let registration_id: String = row.try_get(0)?;
                pooled.push(Pooled {
                    card_id: card_id(card_key, request_id, &registration_id),
                    registration_id,
                    candidate,
                    placement,
                });
            }
        }
        pooled.sort_by(|a, b| {
            let key = |p: &Pooled| (p.placement.fit, p.placement.availability, p.placement.band);
            key(a).cmp(&key(b)).then_with(|| a.card_id.cmp(&b.card_id))
        });
        Ok(pooled)
    }
}

#[cfg(test)]
mod tests {
    use super::card_id;

    #[test]
    fn card_ids_differ_per_request_and_key() {
        let a = card_id("key", "request-1", "person");
        assert_eq!(a.len(), 32);
        assert_eq!(a, card_id("key", "request-1", "person"));
        assert_ne!(a, card_id("key", "request-2", "person"));
        assert_ne!(a, card_id("other", "request-1", "person"));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        assert_ne!(card_id("k", "ab", "c"), card_id("k", "a", "bc"));
    }
}
