//! The duplicate check the server runs twice: while someone fills in the
//! sign-up (`POST /api/registrations/dedup-check`, here) and when they
//! submit it (in the sign-up writer's transaction, `storage`). Both use the
//! same engine as the browser and `handen dedup`.

use crate::storage::{Database, Identity, StorageError};
use handen_core::dedup::{best_match, blocking, Comparison, InputField, Person, RawRecord, Reader};
use handen_core::Registration;

/// The best earlier registration that is a match, if any.
pub async fn check(
    db: &Database,
    reader: &Reader,
    probe: &Person,
) -> Result<Option<(Identity, Comparison)>, StorageError> {
    let keys = blocking::keys(probe);
    let candidates = db.identities_sharing(&keys).await?;
    let people: Vec<(Identity, Person)> = candidates
        .into_iter()
        .map(|identity| {
            let person = identity.person(reader);
            (identity, person)
        })
        .collect();
    Ok(best_match(
        probe,
        people.iter().map(|(identity, person)| (identity, person)),
    )
    .map(|(identity, comparison)| (identity.clone(), comparison)))
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
