//! The browser checks a form with the rules the server applies
//! (`handen_core::employer`) before sending it, and writes it as the API
//! takes it. A request is checked by the server alone: its rules need the
//! catalogue, which this bundle leaves to the server.

use super::form::Problem;
use crate::api;
use crate::json;
use handen_core::employer::{EmployerError, OrganisationForm, OutcomeForm, WorkRequestForm};

fn problems<T>(parsed: Result<T, Vec<EmployerError>>) -> Vec<Problem> {
    parsed
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| Problem::new(e.field(), e.code()))
        .collect()
}

pub fn organisation(form: &OrganisationForm) -> Vec<Problem> {
    problems(form.parse())
}

pub fn outcome(form: &OutcomeForm) -> Vec<Problem> {
    problems(form.parse())
}

pub fn organisation_body(f: &OrganisationForm) -> String {
    api::object(&[
        ("name", &f.name),
        ("kvk", &f.kvk),
        ("sector", &f.sector),
        ("postcode", &f.postcode),
        ("contact_name", &f.contact_name),
        ("contact_email", &f.contact_email),
        ("language", &f.language),
    ])
}

pub fn request_body(f: &WorkRequestForm) -> String {
    let mut out = api::object(&[
        ("package", &f.package),
        ("people", &f.people),
        ("postcode", &f.postcode),
        ("starts_on", &f.starts_on),
        ("ends_on", &f.ends_on),
        ("hours_per_week", &f.hours_per_week),
        ("notes", &f.notes),
    ]);
    out.pop(); // the closing brace: the dayparts follow
    out.push_str(",\"dayparts\":[");
    for (i, code) in f.dayparts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_str(&mut out, code);
    }
    out.push_str("]}");
    out
}

pub fn outcome_body(f: &OutcomeForm) -> String {
    api::object(&[
        ("outcome", &f.outcome),
        ("reason", &f.reason),
        ("note", &f.note),
    ])
}
