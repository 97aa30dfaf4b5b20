//! Why rows were grouped, in plain words: per pair the engine linked, what
//! each field said and what it weighed ("date of birth: day and month
//! swapped (+8.6)"), and the total against the threshold.

use super::model::{sheet_row, Reason};
use crate::i18n::texts::{staff, Staff};
use crate::i18n::{fill, use_i18n};
use crate::ts;
use handen_core::dedup::THRESHOLD;
use handen_core::Language;
use leptos::prelude::*;

fn field<'a>(s: &'a Staff, field: &str) -> &'a str {
    match field {
        "given_name" => s.reason_given_name,
        "surname" => s.reason_surname,
        "birth_date" => s.reason_birth_date,
        "email" => s.reason_email,
        "phone" => s.reason_phone,
        _ => s.reason_address,
    }
}

fn level<'a>(s: &'a Staff, field: &str, level: &str) -> &'a str {
    match (field, level) {
        (_, "exact") => s.level_exact,
        (_, "transposed") => s.level_transposed,
        (_, "different") => s.level_different,
        ("birth_date" | "phone", "close") => s.level_digit,
        (_, "close") => s.level_typo,
        ("given_name", _) => s.level_given_compatible,
        ("surname", _) => s.level_surname_compatible,
        ("email", _) => s.level_email_partial,
        _ => s.level_address_partial,
    }
}

/// "+8.6" as the language writes it: "+8,6" in Dutch; a real minus sign.
fn weight(w: &str, language: Language) -> String {
    let w = w.replace('-', "\u{2212}");
    match language {
        Language::Nl => w.replace('.', ","),
        Language::En => w,
    }
}

/// One line per field, in the worker's order (the weightiest first).
fn lines(s: &Staff, language: Language, reason: &Reason) -> Vec<String> {
    reason
        .evidence
        .iter()
        .map(|(f, l, w)| {
            format!(
                "{}: {} ({})",
                field(s, f),
                level(s, f, l),
                weight(w, language)
            )
        })
        .collect()
}

fn total(s: &Staff, language: Language, reason: &Reason) -> String {
    // The threshold is a whole number of bits (12), written without decimals.
    let threshold = THRESHOLD as i32;
    fill(
        s.reason_total,
        &[
            ("weight", &weight(&reason.weight, language)),
            ("threshold", &threshold),
        ],
    )
}

#[component]
pub fn Reasons(reasons: Vec<Reason>) -> impl IntoView {
    let i18n = use_i18n();
    let items = reasons
        .into_iter()
        .map(|reason| {
            let pair = {
                let (a, b) = (sheet_row(reason.a), sheet_row(reason.b));
                move || fill(i18n.group(staff).reason_pair, &[("a", &a), ("b", &b)])
            };
            let summary = {
                let reason = reason.clone();
                move || total(i18n.group(staff), i18n.language(), &reason)
            };
            let details = move || {
                lines(i18n.group(staff), i18n.language(), &reason)
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view()
            };
            view! {
                <li>
                    <strong>{pair}</strong>" (" {summary} ")"
                    <ul>{details}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h4 class="reasons__title">{ts!(i18n, reasons_title)}</h4>
        <ul class="reasons">{items}</ul>
    }
}
