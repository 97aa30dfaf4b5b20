//! Words for the employers' codes: errors, statuses, distance bands, fit,
//! qualifications, work packages, dates.

use crate::i18n::texts::{self, Employer, EmployerErrors};
use crate::i18n::Texts;
use crate::labels;
use handen_core::background::Course;
use handen_core::employer::EmployerError;
use handen_core::Language;

/// The message for an error code from the rules or the server.
pub fn error(language: Language, code: &str) -> &'static str {
    let e = &texts::employer(language).errors;
    match EmployerError::from_code(code) {
        Some(error) => employer_error(e, error),
        None => REFUSALS
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(e.unknown, |(_, words)| words(e)),
    }
}

/// Exhaustive, so a new code in core is a compile error here until it
/// has its words.
fn employer_error(e: &'static EmployerErrors, error: EmployerError) -> &'static str {
    use EmployerError as E;
    match error {
        E::NameMissing => e.name_missing,
        E::NameTooLong => e.name_too_long,
        E::KvkMissing => e.kvk_missing,
        E::KvkInvalid => e.kvk_invalid,
        E::SectorInvalid => e.sector_invalid,
        E::PostcodeMissing => e.postcode_missing,
        E::PostcodeInvalid => e.postcode_invalid,
        E::ContactNameMissing => e.contact_name_missing,
        E::ContactNameTooLong => e.contact_name_too_long,
        E::ContactEmailMissing => e.contact_email_missing,
        E::ContactEmailInvalid => e.contact_email_invalid,
        E::PackageInvalid => e.package_invalid,
        E::PeopleInvalid => e.people_invalid,
        E::StartsOnMissing => e.starts_on_missing,
        E::StartsOnInvalid => e.starts_on_invalid,
        E::StartsOnPast => e.starts_on_past,
        E::EndsOnInvalid => e.ends_on_invalid,
        E::EndsOnBeforeStart => e.ends_on_before_start,
        E::DaypartsMissing => e.dayparts_missing,
        E::DaypartsInvalid => e.dayparts_invalid,
        E::HoursInvalid => e.hours_invalid,
        E::NotesTooLong => e.notes_too_long,
        E::OutcomeInvalid => e.outcome_invalid,
        E::ReasonMissing => e.reason_missing,
        E::ReasonInvalid => e.reason_invalid,
        E::NoteTooLong => e.note_too_long,
        E::MaxKmInvalid => e.max_km_invalid,
    }
}

type Words = fn(&'static EmployerErrors) -> &'static str;

/// The server's other refusals, and the sign-in address's problems. A
/// table, not a `match` on strings, which compiles to a large decision tree.
const REFUSALS: [(&str, Words); 18] = [
    ("email_missing", |e| e.email_missing),
    ("email_too_long", |e| e.email_too_long),
    ("email_invalid", |e| e.email_invalid),
    ("kvk_taken", |e| e.kvk_taken),
    ("email_taken", |e| e.email_taken),
    ("organisation_not_approved", |e| e.organisation_not_approved),
    ("not_an_employer", |e| e.not_an_employer),
    ("not_an_admin", |e| e.not_an_admin),
    ("already_asked", |e| e.already_asked),
    ("card_gone", |e| e.card_gone),
    ("introduction_limit", |e| e.introduction_limit),
    ("not_accepted", |e| e.not_accepted),
    ("already_answered", |e| e.already_answered),
    ("not_found", |e| e.not_found),
    ("link_invalid_or_expired", |e| e.link_invalid_or_expired),
    ("not_signed_in", |e| e.not_signed_in),
    ("csrf_token_invalid", |e| e.csrf_token_invalid),
    ("storage_unavailable", |e| e.storage_unavailable),
];

pub fn organisation_status(e: &'static Employer, status: &str) -> &'static str {
    match status {
        "approved" => e.status_approved,
        "rejected" => e.status_rejected,
        _ => e.status_pending,
    }
}

pub fn request_status(e: &'static Employer, status: &str) -> &'static str {
    match status {
        "partly_filled" => e.request_status_partly_filled,
        "filled" => e.request_status_filled,
        "closed" => e.request_status_closed,
        _ => e.request_status_open,
    }
}

pub fn introduction_status(e: &'static Employer, status: &str) -> &'static str {
    match status {
        "accepted" => e.intro_status_accepted,
        "declined" => e.intro_status_declined,
        "placed" => e.intro_status_placed,
        "not_selected" => e.intro_status_not_selected,
        _ => e.intro_status_asked,
    }
}

pub fn reason(e: &'static Employer, reason: &str) -> &'static str {
    match reason {
        "time" => e.reason_time,
        "place" => e.reason_place,
        "qualification" => e.reason_qualification,
        _ => e.reason_other,
    }
}

/// The distance bands, nearest first: (code, words).
pub fn bands(e: &'static Employer) -> [(&'static str, &'static str); 4] {
    [
        ("0-5", e.band_0_5),
        ("5-10", e.band_5_10),
        ("10-25", e.band_10_25),
        ("25+", e.band_25),
    ]
}

pub fn band(e: &'static Employer, code: &str) -> &'static str {
    bands(e)
        .into_iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, words)| words)
}

pub fn fit(e: &'static Employer, fit: &str) -> &'static str {
    match fit {
        "after_course" => e.fit_after_course,
        _ => e.fit_now,
    }
}

pub fn availability(e: &'static Employer, availability: &str) -> &'static str {
    match availability {
        "full" => e.availability_full,
        _ => e.availability_partial,
    }
}

pub fn qualification(t: &'static Texts, e: &'static Employer, code: &str) -> String {
    let words = match code {
        "big" => e.qual_big,
        "care_diploma" => e.qual_care_diploma,
        "diploma_mbo" => e.qual_diploma_mbo,
        "diploma_hbo" => e.qual_diploma_hbo,
        "vog" => e.qual_vog,
        other => {
            return other
                .strip_prefix("course_")
                .and_then(Course::from_code)
                .map_or_else(|| other.to_owned(), |c| labels::course(t, c).to_owned())
        }
    };
    words.to_owned()
}

/// "vanaf 1 december", or "1 december tot en met 31 januari".
pub fn period(t: &'static Texts, e: &'static Employer, from: &str, until: &str) -> String {
    labels::period(t, from, until, e.from_date, e.date_range)
}
