//! The duplicate check the server runs twice: while someone fills in the
//! sign-up (`POST /api/registrations/dedup-check`) and when they submit it.
//! Both use the same engine as the browser and `handen dedup`.

use crate::storage::{Database, DuplicateOf, Identity, StorageError};
use handen_core::dedup::{blocking, compare, Comparison, InputField, Person, RawRecord, Reader};
use handen_core::Registration;

/// The best earlier registration that is a match, if any, and the keys the
/// probe was looked up by (stored with it when it is a new registration).
pub struct Check {
    pub keys: Vec<i64>,
    pub earlier: Option<(Identity, Comparison)>,
}

impl Check {
    pub fn duplicate_of(&self) -> Option<DuplicateOf> {
        self.earlier
            .as_ref()
            .map(|(identity, comparison)| DuplicateOf {
                registration_id: identity.id.clone(),
                weight: comparison.weight,
                evidence: serde_json::to_string(comparison).unwrap_or_default(),
            })
    }
}

pub async fn check(db: &Database, reader: &Reader, probe: &Person) -> Result<Check, StorageError> {
    let keys = blocking::keys(probe);
    let candidates = db.identities_sharing(&keys).await?;
    let earlier = candidates
        .into_iter()
        .map(|identity| {
            let comparison = compare(probe, &identity.person(reader));
            (identity, comparison)
        })
        .filter(|(_, comparison)| comparison.is_match())
        .max_by(|a, b| a.1.weight.total_cmp(&b.1.weight));
    Ok(Check { keys, earlier })
}

/// A registration as the engine sees it.
pub fn person_of(registration: &Registration, reader: &Reader) -> Person {
    use InputField::*;
    let birth = registration.birth_date.to_string();
    let postcode = registration.address.postcode.to_string();
    let house = format!(
        "{}{}",
        registration.address.house_number.number(),
        registration
            .address
            .house_number
            .addition()
            .unwrap_or_default()
    );
    reader.person(
        &RawRecord::new()
            .with(GivenName, registration.name.given_names())
            .with(NamePrefix, registration.name.prefix().unwrap_or_default())
            .with(Surname, registration.name.surname())
            .with(BirthDate, &birth)
            .with(Email, registration.email.as_str())
            .with(Phone, registration.phone.as_str())
            .with(Postcode, &postcode)
            .with(HouseNumber, &house),
    )
}
