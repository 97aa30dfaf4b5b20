//! The worker's answers as JSON text, written by hand (see `crate::json`).
//! They carry data, not words: the page says them in the recruiter's
//! language, and says them again when the language changes.

use super::session::{Progress, Session};
use crate::json::write_str;
use handen_core::csv::CsvError;
use handen_core::dedup::{Comparison, Level, MatchField, Stage};
use std::fmt::Write;

/// Rows shown per group, at most: a larger group is cut (the counts and the
/// downloads still have every row).
pub const MAX_ROWS_SHOWN: usize = 50;

/// Preview rows sent with the headers, for examples under each choice.
const PREVIEW_ROWS: usize = 5;

pub fn parsed(session: &Session) -> String {
    let table = &session.table;
    let mut out = String::from("{\"headers\":");
    strings(&mut out, table.headers.iter().map(String::as_str));
    let _ = write!(out, ",\"rows\":{},\"preview\":[", table.rows.len());
    for (i, row) in table.rows.iter().take(PREVIEW_ROWS).enumerate() {
        if i > 0 {
            out.push(',');
        }
        strings(&mut out, row.iter().map(String::as_str));
    }
    out.push_str("]}");
    out
}

/// A file that cannot be read; `code` as `CsvError::code`, or `csv_no_rows`.
pub fn failed(error: Option<&CsvError>) -> String {
    let Some(error) = error else {
        return "{\"code\":\"csv_no_rows\"}".to_owned();
    };
    let mut out = String::from("{\"code\":");
    write_str(&mut out, error.code());
    match error {
        CsvError::NotUtf8 { line, .. } | CsvError::UnterminatedQuote { line } => {
            let _ = write!(out, ",\"line\":{line}");
        }
        CsvError::RaggedRow {
            line,
            expected,
            found,
        } => {
            let _ = write!(
                out,
                ",\"line\":{line},\"expected\":{expected},\"found\":{found}"
            );
        }
        CsvError::DuplicateHeader { name } => {
            out.push_str(",\"name\":");
            write_str(&mut out, name);
        }
        CsvError::Empty | CsvError::InvalidDelimiter => {}
    }
    out.push('}');
    out
}

pub fn progress(progress: Progress, done: usize, total: usize) -> String {
    let stage = match progress {
        Progress::Reading => "reading",
        Progress::Engine(Stage::Comparing) => "comparing",
        Progress::Engine(Stage::Clustering) => "clustering",
    };
    format!("{{\"stage\":\"{stage}\",\"done\":{done},\"total\":{total}}}")
}

/// The counts and one page of groups; `from` is clamped to the last page
/// (a split can empty the page that was shown).
pub fn result(session: &Session, from: usize, count: usize) -> String {
    let counts = session.counts();
    let count = count.max(1);
    let from = if from >= counts.groups {
        counts.groups.saturating_sub(1) / count * count
    } else {
        from
    };
    let mut out = format!(
        "{{\"rows\":{},\"people\":{},\"duplicates\":{},\"groups\":{},\"from\":{from},\"list\":[",
        counts.rows, counts.people, counts.duplicates, counts.groups
    );
    for (i, review) in session.review(from, count).iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{{\"size\":{},\"rows\":[", review.rows.len());
        for (j, &row) in review.rows.iter().take(MAX_ROWS_SHOWN).enumerate() {
            if j > 0 {
                out.push(',');
            }
            let _ = write!(out, "{{\"row\":{row},\"id\":");
            write_str(&mut out, session.row_id(row as usize));
            out.push_str(",\"values\":");
            strings(&mut out, session.row_values(row as usize).into_iter());
            out.push('}');
        }
        out.push_str("],\"reasons\":[");
        for (j, (a, b, comparison)) in review.reasons.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let _ = write!(out, "{{\"a\":{a},\"b\":{b},");
            evidence(&mut out, comparison);
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push_str("]}");
    out
}

fn evidence(out: &mut String, comparison: &Comparison) {
    let _ = write!(
        out,
        "\"weight\":\"{:+.1}\",\"evidence\":[",
        comparison.weight
    );
    // The weightiest first, for or against: what decided it leads.
    let mut evidence: Vec<_> = comparison
        .evidence
        .iter()
        .filter(|e| e.level != Level::Missing)
        .collect();
    evidence.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    let mut first = true;
    for e in evidence {
        if !first {
            out.push(',');
        }
        first = false;
        let _ = write!(
            out,
            "[\"{}\",\"{}\",\"{:+.1}\"]",
            field(e.field),
            level(e.level),
            e.weight
        );
    }
    out.push(']');
}

fn field(field: MatchField) -> &'static str {
    match field {
        MatchField::GivenName => "given_name",
        MatchField::Surname => "surname",
        MatchField::BirthDate => "birth_date",
        MatchField::Email => "email",
        MatchField::Phone => "phone",
        MatchField::Address => "address",
    }
}

fn level(level: Level) -> &'static str {
    match level {
        Level::Missing => "missing",
        Level::Exact => "exact",
        Level::Compatible => "compatible",
        Level::Close => "close",
        Level::Transposed => "transposed",
        Level::Partial => "partial",
        Level::Different => "different",
    }
}

fn strings<'a>(out: &mut String, values: impl Iterator<Item = &'a str>) {
    out.push('[');
    for (i, v) in values.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, v);
    }
    out.push(']');
}
