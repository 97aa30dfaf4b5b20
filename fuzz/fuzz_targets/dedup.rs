//! The duplicate engine on raw records. Input: a date pattern on the first
//! line (as `--date-format`; anything that is not one means "any common
//! way"), then either (first byte `R`) two records of ten fields each,
//! separated by SEP, compared both ways, or a CSV list run as `handen
//! dedup` runs it: columns mapped by name as the command maps them, or by
//! the clean-list page's guess, every row read into a person, the whole
//! list linked.
#![no_main]

use handen_core::column_guess::guess;
use handen_core::csv::parse;
use handen_core::dedup::blocking::candidate_pairs;
use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{compare, link, score, DateReading, InputField, RawRecord, Reader};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Linking compares pairs; keep each run short.
const MAX_ROWS: usize = 64;

fuzz_target!(|data: &[u8]| {
    let (pattern, bytes) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&[][..], data),
    };
    // Building a reader folds the nickname table: once, unless the input
    // names a date pattern.
    static ANY: OnceLock<Reader> = OnceLock::new();
    let format = std::str::from_utf8(pattern)
        .ok()
        .and_then(|p| DateFormat::parse(p).ok());
    let named;
    let reader = match format {
        Some(format) => {
            named = Reader::new(DateReading::Format(format));
            &named
        }
        None => ANY.get_or_init(|| Reader::new(DateReading::Any)),
    };
    if let Some(records) = bytes.strip_prefix(b"R") {
        two_records(reader, records);
        return;
    }
    let Ok(table) = parse(bytes, None) else {
        return;
    };
    if table.rows.len() > MAX_ROWS {
        return;
    }
    let by_name: Vec<(InputField, usize)> = InputField::ALL
        .into_iter()
        .filter_map(|f| table.column(f.name()).map(|i| (f, i)))
        .collect();
    let guessed = guess(&table.headers);
    let by_guess: Vec<(InputField, usize)> = InputField::ALL
        .into_iter()
        .filter_map(|f| guessed.column(f).map(|i| (f, i)))
        .collect();
    for mapping in [by_name, by_guess] {
        let people: Vec<_> = table
            .rows
            .iter()
            .map(|row| reader.person_from_row(row, &mapping))
            .collect();
        let clusters = link(&people, &mut |_, done, total| assert!(done <= total));
        assert_eq!(clusters.cluster_of.len(), people.len());
        for pair in people.windows(2) {
            let comparison = compare(&pair[0], &pair[1]);
            let _ = comparison.is_match();
            let _ = score(&pair[0], &pair[1]);
        }
    }
});

fn two_records(reader: &Reader, bytes: &[u8]) {
    let Some(s) = handen_fuzz::text(bytes) else {
        return;
    };
    let values: [&str; 20] = handen_fuzz::fields(s);
    let mut raw = [RawRecord::new(), RawRecord::new()];
    for (i, value) in values.iter().enumerate() {
        raw[i / 10].set(InputField::ALL[i % 10], value);
    }
    let people = [reader.person(&raw[0]), reader.person(&raw[1])];
    for p in &people {
        assert_eq!(p.given.len(), p.official.len());
        assert!(!p.surname.contains("  "));
    }
    let (a, b) = (&people[0], &people[1]);
    let _ = (compare(a, b).is_match(), compare(b, a).is_match());
    let _ = (score(a, b), score(b, a), score(a, a));
    for (x, y) in candidate_pairs(&people) {
        assert!(x != y && (x as usize) < people.len() && (y as usize) < people.len());
    }
}
