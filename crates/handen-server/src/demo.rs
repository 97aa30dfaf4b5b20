//! Demo data for `make run`: a few dozen plausible sign-ups, so a fresh
//! instance is not empty. Stored through the same path as real sign-ups
//! (parsed by handen-core), without confirmation mail. Deterministic, so
//! every fresh run looks the same.

use crate::clock;
use crate::duplicates;
use crate::ids::new_reference;
use crate::storage::{sha256_hex, Database, NewRegistration, NewRequest, StoreOutcome};
use handen_core::availability::{Slot, WeekGrid};
use handen_core::catalogue::CATALOGUE;
use handen_core::dedup::{blocking, Reader};
use handen_core::postcode::pc4_exists;
use handen_core::RegistrationForm;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const GIVEN: &[&str] = &[
    "Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Fleur", "Milan", "Lotte", "Noah", "Anouk",
    "Thijs", "Fatima", "Mohamed", "Sophie", "Bram", "Eva", "Jesse", "Iris", "Ahmet", "Marieke",
    "Kees", "Yara", "Joost",
];
const SURNAMES: &[(&str, &str)] = &[
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Brouwer"),
    ("de", "Wit"),
    ("", "Yilmaz"),
    ("El", "Amrani"),
    ("van der", "Heijden"),
    ("", "Kok"),
    ("van 't", "Hof"),
];
const DAYPARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
const DAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn demo_form(rng: &mut StdRng, i: usize, today: handen_core::Date) -> RegistrationForm {
    let given = *pick(rng, GIVEN);
    let (prefix, surname) = *pick(rng, SURNAMES);
    // Half of the people live in Noord-Brabant or Limburg, where the
    // demo demand (a later issue) is concentrated.
    let pc4 = loop {
        let candidate: u16 = if rng.random_bool(0.5) {
            rng.random_range(4800..6500)
        } else {
            rng.random_range(1000..9999)
        };
        if pc4_exists(candidate) {
            break candidate;
        }
    };
    let letters: String = loop {
        let l: String = (0..2)
            .map(|_| char::from(b'A' + rng.random_range(0..26u8)))
            .collect();
        if !matches!(l.as_str(), "SA" | "SD" | "SS") {
            break l;
        }
    };
    let mut slots = Vec::new();
    for _ in 0..rng.random_range(2..9) {
        slots.push(format!("{}_{}", pick(rng, DAYS), pick(rng, DAYPARTS)));
    }
    let care = rng.random_bool(0.4);
    let s = |v: &&str| (*v).to_owned();
    let from = today.add_days(rng.random_range(0..21)).unwrap_or(today);
    let mut form = RegistrationForm::example(today);
    form.given_names = given.to_owned();
    form.name_prefix = prefix.to_owned();
    form.surname = surname.to_owned();
    form.birth_date = format!(
        "{}-{:02}-{:02}",
        rng.random_range(1960..2007),
        rng.random_range(1..13),
        rng.random_range(1..29)
    );
    form.email = format!(
        "{}.{}{i}@demo.handen.invalid",
        given.to_lowercase(),
        surname.to_lowercase().replace(' ', "")
    );
    form.phone = format!("06{:08}", rng.random_range(10_000_000..59_999_999u32));
    form.postcode = format!("{pc4} {letters}");
    form.house_number = rng.random_range(1..200u32).to_string();
    form.house_number_addition = String::new();
    form.travel_km = s(pick(rng, &["5", "10", "15", "25", "40"]));
    form.available_from = from.to_string();
    form.available_until = if rng.random_bool(0.5) {
        String::new()
    } else {
        from.add_days(rng.random_range(30..180))
            .unwrap_or(from)
            .to_string()
    };
    form.dayparts = slots;
    form.hours_per_week = rng.random_range(4..=10).to_string();
    form.availability_notes = String::new();
    form.care_background = Some(care);
    form.big_registered = Some(care && rng.random_bool(0.3));
    form.big_number = format!(
        "{:011}",
        rng.random_range(10_000_000_000u64..99_999_999_999)
    );
    form.big_profession = s(pick(rng, &["nurse", "doctor", "physiotherapist"]));
    form.big_status = s(pick(rng, &["valid", "expired"]));
    form.big_expired_on = today
        .add_days(-rng.random_range(100..1400))
        .unwrap_or(today)
        .to_string();
    form.diploma_level = s(if care {
        pick(rng, &["mbo2", "mbo3", "mbo4", "hbo"])
    } else {
        pick(rng, &["none", "mbo4", "hbo", "wo"])
    });
    form.diploma_field = (if care {
        "Verzorgende IG"
    } else {
        "Bedrijfskunde"
    })
    .to_owned();
    form.sectors = vec![s(pick(
        rng,
        &["care", "education", "enforcement", "childcare"],
    ))];
    form.motivation = s(pick(rng, &["crisis_help", "without_work", "care_switch"]));
    form.consent_reservist = rng.random_bool(0.3);
    form
}

/// Seeds `count` registrations when there are none yet.
pub async fn seed(db: &Database, count: usize) -> anyhow::Result<usize> {
    if db.stats().await?.registrations > 0 {
        return Ok(0);
    }
    let now = clock::now();
    let today = clock::date_of(now);
    let mut rng = StdRng::seed_from_u64(2020);
    let reader = Reader::default();
    let mut stored = 0;
    for i in 0..count * 10 {
        if stored == count {
            break;
        }
        let form = demo_form(&mut rng, i, today);
        // Every demo person passes the same rules as a real one; the odd
        // random combination that does not is skipped.
        let registration = match form.parse(today) {
            Ok(registration) => registration,
            Err(errors) => {
                tracing::debug!(?errors, "demo person skipped");
                continue;
            }
        };
        let key = format!("demo-registration-{i:04}");
        let keys = blocking::keys(&duplicates::person_of(&registration, &reader));
        let outcome = db
            .store_registration(NewRegistration {
                registration,
                reference: new_reference(),
                request_sha256: sha256_hex(key.as_bytes()),
                idempotency_key: key,
                response_body: "{}".to_owned(),
                confirmation: None,
                dedup_keys: keys,
                probe: None,
                now,
            })
            .await?;
        if matches!(outcome, StoreOutcome::Created) {
            stored += 1;
        }
    }
    Ok(stored)
}

/// Demand shaped like the seeds: concentrated in two provinces (Noord-Brabant
/// and Limburg, postcodes 4600–6599) and mostly supporting roles.
const DEMAND_WEIGHTS: &[(&str, u32)] = &[
    ("keep_company", 20),
    ("serve_meals", 15),
    ("host_nursing_home", 12),
    ("supporting_care_worker", 12),
    ("receive_visitors", 8),
    ("protective_clothing", 5),
    ("test_site", 5),
    ("night_watch", 3),
    ("ic_buddy", 3),
    ("light_professional_care", 2),
    ("home_care_support", 3),
    ("class_supervision", 3),
    ("school_drop_off", 2),
    ("exam_supervision", 1),
    ("enforcement_host", 2),
    ("face_mask_handout", 2),
    ("bike_removal", 1),
    ("childcare_group_help", 2),
    ("after_school_help", 1),
    ("emergency_childcare", 1),
];

/// Seeds `count` open requests when there are none yet.
pub async fn seed_demand(db: &Database, count: usize) -> anyhow::Result<usize> {
    if db.count_requests().await? > 0 {
        return Ok(0);
    }
    let now = clock::now();
    let today = clock::date_of(now);
    let mut rng = StdRng::seed_from_u64(2021);
    let total: u32 = DEMAND_WEIGHTS.iter().map(|(_, w)| w).sum();
    for _ in 0..count {
        let mut roll = rng.random_range(0..total);
        let code = DEMAND_WEIGHTS
            .iter()
            .find(|(_, w)| {
                let hit = roll < *w;
                roll = roll.saturating_sub(*w);
                hit
            })
            .map_or("keep_company", |(c, _)| *c);
        let Some(package) = CATALOGUE.iter().find(|p| p.code == code) else {
            continue;
        };
        let pc4 = loop {
            let candidate: u16 = if rng.random_bool(0.8) {
                rng.random_range(4600..6600)
            } else {
                rng.random_range(1000..10_000)
            };
            if pc4_exists(candidate) {
                break candidate;
            }
        };
        // A few of the package's dayparts, at least as many as it needs.
        let offered: Vec<Slot> = package.slots.slots().collect();
        let mut slots = WeekGrid::EMPTY;
        while slots.count()
            < u32::from(package.min_slots)
                .max(3)
                .min(u32::try_from(offered.len()).unwrap_or(0))
        {
            slots = slots.with(offered[rng.random_range(0..offered.len())]);
        }
        let starts_on = today.add_days(rng.random_range(0..14)).unwrap_or(today);
        let ends_on = rng.random_bool(0.7).then(|| {
            starts_on
                .add_days(rng.random_range(28..120))
                .unwrap_or(starts_on)
        });
        let postcode = format!(
            "{pc4} {}{}",
            char::from(b'A' + rng.random_range(0..18u8)),
            char::from(b'A' + rng.random_range(0..18u8))
        );
        db.insert_request(
            NewRequest {
                package: package.code,
                people: rng.random_range(1..6),
                postcode: &postcode,
                pc4,
                starts_on,
                ends_on,
                slots,
                hours_per_week: package
                    .min_hours_per_week
                    .saturating_add(rng.random_range(0..9)),
                demo: true,
            },
            now,
        )
        .await?;
    }
    Ok(count)
}

/// The demo's administrator and an approved organisation, so `make run`
/// shows the employers' side at once. Their sign-in links land in the
/// mail outbox (`data/outbox/*.eml` without SMTP).
pub const DEMO_ADMIN: &str = "beheer@handen.localhost";
pub const DEMO_EMPLOYER: &str = "werkgever@handen.localhost";

pub async fn seed_employers(db: &Database) -> anyhow::Result<bool> {
    if !db.organisations().await?.is_empty() {
        return Ok(false);
    }
    let now = clock::now();
    db.add_admin("Beheer (demo)", DEMO_ADMIN, now).await?;
    let form = handen_core::employer::OrganisationForm {
        name: "Zorggroep Demo".into(),
        kvk: "12345678".into(),
        sector: "care".into(),
        postcode: "5611 AB".into(),
        contact_name: "Werkgever (demo)".into(),
        contact_email: DEMO_EMPLOYER.into(),
        language: "nl".into(),
    };
    let organisation = form
        .parse()
        .map_err(|e| anyhow::anyhow!("demo organisation does not parse: {e:?}"))?;
    let mail = crate::mail::employer::organisation_received(
        DEMO_EMPLOYER,
        &organisation.contact_name,
        &organisation.name,
        "nl",
    );
    let id = match db.register_organisation(&organisation, &mail, now).await {
        Ok(id) => id,
        Err(crate::storage::members::RegisterError::Storage(e)) => return Err(e.into()),
        Err(_) => return Ok(false),
    };
    db.decide_organisation(
        &id,
        true,
        |o| {
            crate::mail::employer::organisation_decided(
                &o.contact_email,
                &o.contact_name,
                &o.name,
                &o.language,
                true,
                "",
            )
        },
        now,
    )
    .await?;
    Ok(true)
}
