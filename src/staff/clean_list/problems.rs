//! What can stop a step, each with the control it is about (the error
//! summary links there) and a message in the recruiter's language.

use crate::i18n::texts::Staff;
use crate::i18n::{fill, use_i18n};
use crate::json;
use crate::signup::summary::{focus_later, summary_box, SUMMARY_ID};
use crate::t;
use handen_core::dedup::dates::DateFormatError;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

pub const FILE_INPUT: &str = "file";
pub const PATTERN_INPUT: &str = "date-pattern";
/// The first of the fields that can identify a person.
pub const KEY_SELECT: &str = "map-surname";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NoFile,
    ReadFailed,
    /// The worker did not start, or failed while working.
    Worker,
    /// The worker could not read the file: `csv_ragged_row` and the like.
    Csv {
        code: String,
        line: u32,
        expected: u32,
        found: u32,
        name: String,
    },
    /// Nothing to recognise a person by: no surname, e-mail or phone.
    NeedKey,
    Pattern(Option<DateFormatError>),
}

impl Problem {
    pub fn from_worker(object: &JsValue) -> Problem {
        let number = |key| json::get(object, key).as_f64().map_or(0, |n| n as u32);
        Problem::Csv {
            code: json::get_string(object, "code").unwrap_or_default(),
            line: number("line"),
            expected: number("expected"),
            found: number("found"),
            name: json::get_string(object, "name").unwrap_or_default(),
        }
    }

    /// The id of the control to fix it in.
    pub fn target(&self) -> &'static str {
        match self {
            Problem::NeedKey => KEY_SELECT,
            Problem::Pattern(_) => PATTERN_INPUT,
            _ => FILE_INPUT,
        }
    }

    pub fn message(&self, s: &Staff) -> String {
        match self {
            Problem::NoFile => s.error_no_file.to_owned(),
            Problem::ReadFailed => s.error_read_failed.to_owned(),
            Problem::Worker => s.error_worker.to_owned(),
            Problem::NeedKey => s.error_need_key.to_owned(),
            Problem::Pattern(None) => s.error_pattern_missing.to_owned(),
            Problem::Pattern(Some(DateFormatError::Incomplete)) => {
                s.error_pattern_incomplete.to_owned()
            }
            Problem::Pattern(Some(DateFormatError::UnknownDirective(c))) => {
                fill(s.error_pattern_unknown, &[("code", c)])
            }
            Problem::Csv {
                code,
                line,
                expected,
                found,
                name,
            } => {
                let template = match code.as_str() {
                    "csv_not_utf8" => s.csv_not_utf8,
                    "csv_unterminated_quote" => s.csv_unterminated_quote,
                    "csv_ragged_row" => s.csv_ragged_row,
                    "csv_empty" => s.csv_empty,
                    "csv_duplicate_header" => s.csv_duplicate_header,
                    "csv_no_rows" => s.csv_no_rows,
                    _ => s.csv_other,
                };
                fill(
                    template,
                    &[
                        ("line", line),
                        ("expected", expected),
                        ("found", found),
                        ("name", name),
                    ],
                )
            }
        }
    }
}

/// Shows `problems` and moves focus to the summary, as GOV.UK does.
pub fn show(problems: RwSignal<Vec<Problem>>, list: Vec<Problem>) {
    problems.set(list);
    focus_later(SUMMARY_ID.to_owned());
}

/// The error summary: each message links to its control.
#[component]
pub fn ErrorSummary(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|problem| {
                    let target = problem.target();
                    let text = problem.clone();
                    view! {
                        <li>
                            <a
                                href=format!("#{target}")
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_later(target.to_owned());
                                }
                            >
                                {move || text.message(i18n.group(crate::i18n::texts::staff))}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            summary_box(i18n, items)
        })
    }
}

/// The message next to a control, when a problem is about it.
#[component]
pub fn FieldError(problems: RwSignal<Vec<Problem>>, target: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        problems
            .with(|list| list.iter().find(|p| p.target() == target).cloned())
            .map(|problem| {
                view! {
                    <p class="field-error" id=format!("{target}-error")>
                        <span class="visually-hidden">{t!(i18n, signup.error_prefix)} " "</span>
                        {move || problem.message(i18n.group(crate::i18n::texts::staff))}
                    </p>
                }
            })
    }
}

pub fn has_problem(problems: RwSignal<Vec<Problem>>, target: &'static str) -> bool {
    problems.with(|list| list.iter().any(|p| p.target() == target))
}
