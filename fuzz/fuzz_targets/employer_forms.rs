//! The employers' forms as the API receives them: JSON, then `parse`. The
//! first byte picks the form: an organisation, a work request, or the
//! outcome of an introduction.
#![no_main]

use handen_core::employer::Kvk;
use handen_core::employer::{OrganisationForm, Outcome, OutcomeForm, WorkRequestForm, MAX_PEOPLE};
use handen_core::postcode::Postcode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, json)) = data.split_first() else {
        return;
    };
    let today = handen_fuzz::fixed_today();
    match which % 3 {
        0 => {
            let Ok(form) = serde_json::from_slice::<OrganisationForm>(json) else {
                return;
            };
            match form.parse() {
                Ok(org) => {
                    assert!(!org.name.is_empty() && !org.contact_name.is_empty());
                    assert_eq!(Kvk::parse(&org.kvk.as_string()), Ok(org.kvk));
                    assert_eq!(Postcode::parse(&org.postcode.to_string()), Ok(org.postcode));
                }
                Err(errors) => assert!(!errors.is_empty(), "{form:?}"),
            }
        }
        1 => {
            let Ok(form) = serde_json::from_slice::<WorkRequestForm>(json) else {
                return;
            };
            match form.parse(today) {
                Ok(request) => {
                    assert!((1..=MAX_PEOPLE).contains(&request.people));
                    assert!(request.starts_on >= today);
                    assert!(request.ends_on.is_none_or(|end| end >= request.starts_on));
                    assert!(!request.slots.is_empty());
                    assert!(request.hours_per_week >= 1);
                }
                Err(errors) => assert!(!errors.is_empty(), "{form:?}"),
            }
        }
        _ => {
            let Ok(form) = serde_json::from_slice::<OutcomeForm>(json) else {
                return;
            };
            match form.parse() {
                Ok(outcome) => {
                    assert!(matches!(outcome.code(), "placed" | "not_selected"));
                    assert_eq!(
                        outcome.reason().is_some(),
                        matches!(outcome, Outcome::NotSelected { .. })
                    );
                    assert!(outcome.note().is_none_or(|n| !n.is_empty()));
                }
                Err(errors) => assert!(!errors.is_empty(), "{form:?}"),
            }
        }
    }
});
